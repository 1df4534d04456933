package org.pathways.catalog.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementGroup;
import org.pathways.catalog.MicroCredential;

/** An immutable copy of the whole catalog at one revision: small, read on every page. */
public record Catalog(
        long revision,
        List<EndorsementGroup> groups,
        List<MicroCredential> microCredentials,
        List<CareerRole> roles,
        Map<String, Endorsement> endorsementsByCode,
        Map<String, MicroCredential> microCredentialsByCode,
        Map<String, CareerRole> rolesByCode) {

    public static Catalog of(long revision, List<EndorsementGroup> groups, List<MicroCredential> microCredentials,
                             List<CareerRole> roles) {
        List<Endorsement> endorsements = groups.stream().flatMap(g -> g.endorsements().stream()).toList();
        return new Catalog(revision, List.copyOf(groups), List.copyOf(microCredentials), List.copyOf(roles),
                index(endorsements, Endorsement::code),
                index(microCredentials, MicroCredential::code),
                index(roles, CareerRole::code));
    }

    public List<Endorsement> endorsements() {
        return List.copyOf(endorsementsByCode.values());
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(code.apply(item), item));
        return java.util.Collections.unmodifiableMap(map);
    }
}

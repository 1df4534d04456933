package org.pathways.pathways.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.MicroCredential;

/** One consistent read of the catalog for a whole page, indexed by code for pages that look up many. */
public record CatalogSnapshot(Map<String, Endorsement> endorsements, Map<String, MicroCredential> credentials,
                              List<CareerRole> roles) {

    public static CatalogSnapshot of(CatalogApi catalog) {
        return new CatalogSnapshot(
                catalog.endorsements().stream().collect(Collectors.toMap(Endorsement::code, Function.identity(),
                        (a, b) -> a, java.util.LinkedHashMap::new)),
                catalog.microCredentials().stream().collect(Collectors.toMap(MicroCredential::code,
                        Function.identity())),
                catalog.roles());
    }

    public Optional<Endorsement> endorsement(String code) {
        return Optional.ofNullable(endorsements.get(code));
    }

    public Optional<MicroCredential> credential(String code) {
        return Optional.ofNullable(credentials.get(code));
    }

    public Optional<CareerRole> role(String code) {
        return roles.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public List<CareerRole> rolesQualifiedBy(String endorsementCode) {
        return roles.stream().filter(r -> endorsementCode.equals(r.endorsementCode())).toList();
    }

    public AccessDecision decide(Endorsement endorsement, Standing standing) {
        Endorsement prerequisite = endorsement.prerequisiteCode() == null ? null
                : endorsements.get(endorsement.prerequisiteCode());
        return AccessPolicy.decide(endorsement, prerequisite, rolesQualifiedBy(endorsement.code()), standing);
    }

    public String endorsementTitle(String code) {
        return endorsement(code).map(Endorsement::title).orElse(code);
    }
}

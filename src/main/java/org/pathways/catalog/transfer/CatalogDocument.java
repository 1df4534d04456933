package org.pathways.catalog.transfer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathways.catalog.Access;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.authoring.MicroCredentialContent;

/** The whole catalog as one document: what the YAML export holds and the import reads back. */
record CatalogDocument(List<Credential> microCredentials, List<Group> groups, List<Role> roles) {

    CatalogDocument {
        microCredentials = List.copyOf(microCredentials);
        groups = List.copyOf(groups);
        roles = roles == null ? null : List.copyOf(roles);
    }

    Map<String, Credential> credentialsByCode() {
        Map<String, Credential> map = new LinkedHashMap<>();
        microCredentials.forEach(c -> map.put(c.code(), c));
        return map;
    }

    Map<String, Endorsement> endorsementsByCode() {
        Map<String, Endorsement> map = new LinkedHashMap<>();
        groups.forEach(g -> g.endorsements().forEach(e -> map.put(e.code(), e)));
        return map;
    }

    /** The title of each endorsement's group, by endorsement code. */
    Map<String, String> groupTitleByEndorsement() {
        Map<String, String> map = new HashMap<>();
        groups.forEach(g -> g.endorsements().forEach(e -> map.put(e.code(), g.title())));
        return map;
    }

    /** {@code line} is where the entry starts in the file it was read from (0 when it came from the database). */
    record Credential(String code, String title, CredentialStatus status, String note, MicroCredentialContent content,
                      int line) {

        boolean sameAs(Credential other) {
            return title.equals(other.title) && status == other.status && java.util.Objects.equals(note, other.note)
                    && content.equals(other.content);
        }
    }

    record Group(String title, List<Endorsement> endorsements) {

        Group {
            endorsements = List.copyOf(endorsements);
        }
    }

    record Endorsement(String code, String title, Access access, EndorsementStatus status, List<String> required,
                       int chooseCount, List<String> chooseFrom, String prerequisite, String note, int line) {

        Endorsement {
            required = List.copyOf(required);
            chooseFrom = List.copyOf(chooseFrom);
        }

        boolean sameAs(Endorsement o, String groupTitle, String otherGroupTitle) {
            return title.equals(o.title) && access == o.access && status == o.status && required.equals(o.required)
                    && chooseCount == o.chooseCount && chooseFrom.equals(o.chooseFrom)
                    && java.util.Objects.equals(prerequisite, o.prerequisite) && java.util.Objects.equals(note, o.note)
                    && groupTitle.equals(otherGroupTitle);
        }
    }

    record Role(String code, String title, int tier, int order, String endorsement, String purpose,
                List<String> responsibilities, List<String> next, int line) {

        Role {
            responsibilities = List.copyOf(responsibilities);
            next = List.copyOf(next);
        }

        boolean sameAs(Role o) {
            return title.equals(o.title) && tier == o.tier && order == o.order
                    && java.util.Objects.equals(endorsement, o.endorsement) && purpose.equals(o.purpose)
                    && responsibilities.equals(o.responsibilities)
                    && new java.util.HashSet<>(next).equals(new java.util.HashSet<>(o.next));
        }
    }
}

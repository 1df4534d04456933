package org.pathways.catalog.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.transfer.CatalogChange.Kind;

/** What an imported file adds, changes and retires compared with the catalog, as the preview lists it. */
final class CatalogDiff {

    private CatalogDiff() {
    }

    /** The changes, in file order: micro-credentials, endorsements, roles; then what the file retires. */
    static List<CatalogChange> between(CatalogDocument incoming, CatalogDocument existing) {
        List<CatalogChange> changes = new ArrayList<>();
        Map<String, CatalogDocument.Credential> current = existing.credentialsByCode();
        Set<String> inFile = new HashSet<>();
        for (CatalogDocument.Credential c : incoming.microCredentials()) {
            inFile.add(c.code());
            CatalogDocument.Credential was = current.get(c.code());
            if (was == null) {
                changes.add(new CatalogChange(Kind.ADDED, "micro-credential", c.code(), c.title(),
                        c.status().name().toLowerCase(Locale.ROOT)));
                continue;
            }
            List<String> what = new ArrayList<>();
            if (!c.title().equals(was.title())) {
                what.add("title");
            }
            if (!Objects.equals(c.note(), was.note())) {
                what.add("note");
            }
            if (c.status() != was.status()) {
                what.add("status " + was.status().name().toLowerCase(Locale.ROOT) + " to "
                        + c.status().name().toLowerCase(Locale.ROOT));
            }
            if (c.content() != null) {
                List<String> sections = c.content().changesFrom(was.content());
                if (!sections.isEmpty()) {
                    what.add("new version: " + String.join(", ", sections));
                }
            }
            if (!what.isEmpty()) {
                changes.add(new CatalogChange(Kind.CHANGED, "micro-credential", c.code(), c.title(),
                        String.join("; ", what)));
            }
        }
        for (CatalogDocument.Credential was : existing.microCredentials()) {
            if (!inFile.contains(was.code()) && was.status() == CredentialStatus.PUBLISHED) {
                changes.add(new CatalogChange(Kind.RETIRED, "micro-credential", was.code(), was.title(),
                        "not in the file"));
            }
        }
        Map<String, CatalogDocument.Endorsement> endorsements = existing.endorsementsByCode();
        Map<String, String> groupOf = existing.groupTitleByEndorsement();
        Set<String> endorsementsInFile = new HashSet<>();
        for (CatalogDocument.Group group : incoming.groups()) {
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                endorsementsInFile.add(e.code());
                CatalogDocument.Endorsement was = endorsements.get(e.code());
                if (was == null) {
                    changes.add(new CatalogChange(Kind.ADDED, "endorsement", e.code(), e.title(), group.title()));
                } else if (!e.sameAs(was, group.title(), groupOf.get(e.code()))) {
                    changes.add(new CatalogChange(Kind.CHANGED, "endorsement", e.code(), e.title(),
                            describe(e, was, group.title(), groupOf.get(e.code()))));
                }
            }
        }
        for (CatalogDocument.Endorsement was : endorsements.values()) {
            if (!endorsementsInFile.contains(was.code()) && was.status() != EndorsementStatus.RETIRED) {
                changes.add(new CatalogChange(Kind.RETIRED, "endorsement", was.code(), was.title(), "not in the file"));
            }
        }
        if (incoming.roles() != null) {
            Map<String, CatalogDocument.Role> roles = new HashMap<>();
            existing.roles().forEach(r -> roles.put(r.code(), r));
            for (CatalogDocument.Role role : incoming.roles()) {
                CatalogDocument.Role was = roles.get(role.code());
                if (was == null) {
                    changes.add(new CatalogChange(Kind.ADDED, "role", role.code(), role.title(), "tier " + role.tier()));
                } else if (!role.sameAs(was)) {
                    changes.add(new CatalogChange(Kind.CHANGED, "role", role.code(), role.title(), "role card or map"));
                }
            }
        }
        return changes;
    }

    private static String describe(CatalogDocument.Endorsement e, CatalogDocument.Endorsement was, String group,
                                   String wasGroup) {
        List<String> what = new ArrayList<>();
        if (!e.title().equals(was.title())) {
            what.add("title");
        }
        if (!group.equals(wasGroup)) {
            what.add("group");
        }
        if (e.access() != was.access()) {
            what.add("access");
        }
        if (e.status() != was.status()) {
            what.add("status");
        }
        if (!e.required().equals(was.required()) || e.chooseCount() != was.chooseCount()
                || !e.chooseFrom().equals(was.chooseFrom())) {
            what.add("rule");
        }
        if (!Objects.equals(e.prerequisite(), was.prerequisite())) {
            what.add("prerequisite");
        }
        if (!Objects.equals(e.note(), was.note())) {
            what.add("note");
        }
        return String.join(", ", what);
    }
}

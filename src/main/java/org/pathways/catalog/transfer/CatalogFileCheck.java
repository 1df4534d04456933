package org.pathways.catalog.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.authoring.EndorsementRuleCheck;
import org.pathways.catalog.authoring.RoleAuthoring;
import org.pathways.catalog.importer.CatalogImportException;

/**
 * Checks an imported catalog file against the catalog it would change, whole: codes, rules,
 * prerequisites and the career map, and the transitions an import may not make (a retired entry
 * brought back, a published one made a draft again, a removed role).
 */
final class CatalogFileCheck {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private CatalogFileCheck() {
    }

    /**
     * Throws {@link CatalogImportException} listing every problem, with line and field, when the file
     * cannot be applied to the existing catalog whole; {@code pendingDrafts} are the codes with an
     * unpublished draft in the editor.
     */
    static void check(CatalogDocument incoming, CatalogDocument existing, Set<String> pendingDrafts) {
        List<String> problems = new ArrayList<>();
        Map<String, CredentialStatus> statuses = credentialProblems(incoming, existing, pendingDrafts, problems);
        Map<String, String> prerequisites = endorsementProblems(incoming, existing, statuses, problems);
        if (incoming.roles() != null) {
            roleProblems(incoming, existing, prerequisites, problems);
        }
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
    }

    /** Returns the status of each micro-credential in the file, by code. */
    private static Map<String, CredentialStatus> credentialProblems(CatalogDocument incoming,
            CatalogDocument existing, Set<String> pendingDrafts, List<String> problems) {
        Map<String, CatalogDocument.Credential> current = existing.credentialsByCode();
        Map<String, CredentialStatus> statuses = new HashMap<>();
        for (CatalogDocument.Credential c : incoming.microCredentials()) {
            String where = "line " + c.line() + ", micro-credential '" + c.code() + "': ";
            if (c.code() == null || !CODE.matcher(c.code()).matches()) {
                problems.add(where + "the code should be lower-case letters, digits and hyphens");
            }
            if (statuses.put(c.code(), c.status()) != null) {
                problems.add(where + "the code is used twice");
            }
            CatalogDocument.Credential was = current.get(c.code());
            if (was == null) {
                if (c.content() == null) {
                    problems.add(where + "a new micro-credential needs its content (competency, evidence, rubric)");
                }
                continue;
            }
            if (was.status() == CredentialStatus.RETIRED && c.status() != CredentialStatus.RETIRED) {
                problems.add(where + "it is retired and cannot be brought back by an import");
            }
            if (was.status() != CredentialStatus.DRAFT && c.status() == CredentialStatus.DRAFT) {
                problems.add(where + "it is published; it cannot become a draft again");
            }
            if (c.content() != null && !c.content().equals(was.content()) && pendingDrafts.contains(c.code())) {
                problems.add(where + "it has an unpublished draft in the editor; publish or discard it first");
            }
        }
        return statuses;
    }

    /** Returns the prerequisite of each endorsement in the file, by code. */
    private static Map<String, String> endorsementProblems(CatalogDocument incoming, CatalogDocument existing,
            Map<String, CredentialStatus> statuses, List<String> problems) {
        Map<String, String> prerequisites = new LinkedHashMap<>();
        Map<String, CatalogDocument.Endorsement> currentEndorsements = existing.endorsementsByCode();
        Set<String> groupTitles = new HashSet<>();
        for (CatalogDocument.Group group : incoming.groups()) {
            if (!groupTitles.add(group.title())) {
                problems.add("endorsement group '" + group.title() + "' appears twice");
            }
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                if (prerequisites.containsKey(e.code())) {
                    problems.add("line " + e.line() + ", endorsement '" + e.code() + "': the code is used twice");
                }
                prerequisites.put(e.code(), e.prerequisite());
            }
        }
        for (CatalogDocument.Group group : incoming.groups()) {
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                String where = "line " + e.line() + ", endorsement '" + e.code() + "': ";
                if (e.code() == null || !CODE.matcher(e.code()).matches()) {
                    problems.add(where + "the code should be lower-case letters, digits and hyphens");
                }
                CatalogDocument.Endorsement was = currentEndorsements.get(e.code());
                Set<String> listed = new HashSet<>();
                if (was != null) {
                    listed.addAll(was.required());
                    listed.addAll(was.chooseFrom());
                }
                if (e.status() != EndorsementStatus.RETIRED) {
                    EndorsementRuleCheck.ruleProblems(e.status(), e.required(), e.chooseCount(), e.chooseFrom(),
                            statuses, listed).forEach(p -> problems.add(where + p));
                }
                EndorsementRuleCheck.prerequisiteProblems(e.code(), e.prerequisite(), withoutSelf(prerequisites, e))
                        .forEach(p -> problems.add(where + p));
            }
        }
        return prerequisites;
    }

    private static void roleProblems(CatalogDocument incoming, CatalogDocument existing,
            Map<String, String> prerequisites, List<String> problems) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (CatalogDocument.Role role : incoming.roles()) {
            if (map.put(role.code(), role.next()) != null) {
                problems.add("line " + role.line() + ", role '" + role.code() + "': the code is used twice");
            }
        }
        for (CatalogDocument.Role role : incoming.roles()) {
            String where = "line " + role.line() + ", role '" + role.code() + "': ";
            if (role.code() == null || !CODE.matcher(role.code()).matches()) {
                problems.add(where + "the code should be lower-case letters, digits and hyphens");
            }
            Map<String, List<String>> others = new LinkedHashMap<>(map);
            others.put(role.code(), List.of());
            RoleAuthoring.problems(new RoleAuthoring.RoleChange(role.code(), role.title(), role.tier(),
                    role.order(), role.purpose(), role.responsibilities(), role.endorsement(), role.next()), others)
                    .forEach(p -> problems.add(where + p));
            if (role.endorsement() != null && !prerequisites.containsKey(role.endorsement())) {
                problems.add(where + "there is no endorsement '" + role.endorsement() + "' in the file");
            }
        }
        for (CatalogDocument.Role role : existing.roles()) {
            if (!map.containsKey(role.code())) {
                problems.add("role '" + role.code() + "' is missing from the file; roles cannot be removed "
                        + "(educators hold them), so keep it in the file");
            }
        }
    }

    /** The prerequisite map with the endorsement's own edge left out, as the check adds it back. */
    private static Map<String, String> withoutSelf(Map<String, String> prerequisites, CatalogDocument.Endorsement e) {
        Map<String, String> others = new LinkedHashMap<>(prerequisites);
        others.put(e.code(), null);
        return others;
    }
}

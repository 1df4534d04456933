package org.pathways.catalog.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.EndorsementStatus;

/**
 * Whether an endorsement's rule can be met and its prerequisite makes sense: refuses "choose 3 of 2",
 * a credential both required and a choice, unknown or unpublished credentials, and prerequisite cycles.
 */
public final class EndorsementRuleCheck {

    private EndorsementRuleCheck() {
    }

    /**
     * @param credentials status of every micro-credential by code
     * @param alreadyListed credentials the rule listed before this edit (a retired one may stay, not be added)
     */
    public static List<String> ruleProblems(EndorsementStatus status, List<String> required, int chooseCount,
                                            List<String> chooseFrom, Map<String, CredentialStatus> credentials,
                                            Set<String> alreadyListed) {
        List<String> problems = new ArrayList<>();
        for (String code : new LinkedHashSet<>(concat(required, chooseFrom))) {
            CredentialStatus credential = credentials.get(code);
            if (credential == null) {
                problems.add("Rule: there is no micro-credential '" + code + "'.");
            } else if (credential == CredentialStatus.DRAFT) {
                problems.add("Rule: '" + code + "' is a draft that has never been published; publish it first.");
            } else if (credential == CredentialStatus.RETIRED && !alreadyListed.contains(code)) {
                problems.add("Rule: '" + code + "' is retired and cannot be added.");
            }
        }
        if (new HashSet<>(required).size() < required.size() || new HashSet<>(chooseFrom).size() < chooseFrom.size()) {
            problems.add("Rule: a micro-credential is listed twice in the same list.");
        }
        for (String code : required) {
            if (chooseFrom.contains(code)) {
                problems.add("Rule: '" + code + "' is both required and in the choice list; keep it in one list.");
            }
        }
        if (chooseCount < 0) {
            problems.add("Rule: the number to choose cannot be negative.");
        } else if (chooseCount > chooseFrom.size()) {
            problems.add("Rule: educators cannot choose " + chooseCount + " of " + chooseFrom.size()
                    + "; add micro-credentials to the choice list or lower the number.");
        } else if (chooseCount == 0 && !chooseFrom.isEmpty()) {
            problems.add("Rule: say how many of the choice list educators must earn, or empty the list.");
        }
        if (status == EndorsementStatus.OPEN && required.isEmpty() && chooseCount == 0) {
            problems.add("Rule: an open micro-endorsement needs at least one micro-credential to earn; "
                    + "mark it coming soon until it has.");
        }
        return problems;
    }

    /** Refuses a prerequisite that is unknown, the endorsement itself, or closes a loop. */
    public static List<String> prerequisiteProblems(String code, String prerequisite,
                                                    Map<String, String> prerequisites) {
        if (prerequisite == null) {
            return List.of();
        }
        if (prerequisite.equals(code)) {
            return List.of("Prerequisite: a micro-endorsement cannot be its own prerequisite.");
        }
        if (!prerequisites.containsKey(prerequisite)) {
            return List.of("Prerequisite: there is no micro-endorsement '" + prerequisite + "'.");
        }
        Map<String, List<String>> edges = new HashMap<>();
        prerequisites.forEach((from, to) -> edges.put(from, to == null ? List.of() : List.of(to)));
        edges.put(code, List.of(prerequisite));
        return Cycles.find(edges).map(on -> List.of("Prerequisite: '" + prerequisite + "' already depends on '"
                + code + "' (directly or through others), which would make a loop no one could finish.")).orElse(List.of());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

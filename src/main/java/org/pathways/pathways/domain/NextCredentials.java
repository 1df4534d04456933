package org.pathways.pathways.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathways.catalog.EndorsementRule;

/**
 * Ranks micro-credentials by how far they move an educator toward their goals (endorsements on the
 * dashboard, roles aspired to). A credential moves a goal when the goal still needs it: a required
 * one not yet earned, or a choice while choice slots are open. More goals moved ranks higher; among
 * equals, the one that closes a bigger share of the remaining work.
 */
public final class NextCredentials {

    private NextCredentials() {
    }

    /** Something the educator works toward, e.g. "PLC Leader" with the rule of its endorsement. */
    public record Goal(String label, EndorsementRule rule) {
    }

    public record Recommendation(String microCredentialCode, List<String> goals, double weight) {

        public boolean countsTowardSeveral() {
            return goals.size() > 1;
        }
    }

    public static List<Recommendation> rank(List<Goal> goals, Set<String> earned, Set<String> inProgress) {
        Map<String, List<String>> goalsByCode = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Goal goal : goals) {
            EndorsementRule.Progress progress = goal.rule().progress(earned);
            if (progress.total() == 0 || progress.remaining() == 0) {
                continue;
            }
            double share = 1.0 / progress.remaining();
            List<String> helpful = new ArrayList<>(goal.rule().required());
            if (progress.chosenEarned() < progress.chooseCount()) {
                helpful.addAll(goal.rule().chooseFrom());
            }
            for (String code : helpful) {
                if (earned.contains(code) || inProgress.contains(code)) {
                    continue;
                }
                List<String> labels = goalsByCode.computeIfAbsent(code, c -> new ArrayList<>());
                if (!labels.contains(goal.label())) {
                    labels.add(goal.label());
                    weights.merge(code, share, Double::sum);
                }
            }
        }
        return goalsByCode.entrySet().stream()
                .map(e -> new Recommendation(e.getKey(), List.copyOf(e.getValue()), weights.get(e.getKey())))
                .sorted(Comparator.comparingInt((Recommendation r) -> r.goals().size()).reversed()
                        .thenComparing(Comparator.comparingDouble(Recommendation::weight).reversed()))
                .toList();
    }
}

package org.pathways.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What completes a micro-endorsement: every required micro-credential, plus {@code chooseCount}
 * distinct ones from {@code chooseFrom}. A required credential never counts toward the choice.
 */
public record EndorsementRule(List<String> required, int chooseCount, List<String> chooseFrom) {

    public EndorsementRule {
        required = List.copyOf(required);
        chooseFrom = List.copyOf(chooseFrom);
        if (chooseCount < 0) {
            throw new IllegalArgumentException("choose count cannot be negative");
        }
        if (chooseCount > chooseFrom.size()) {
            throw new IllegalArgumentException("cannot choose " + chooseCount + " of " + chooseFrom.size());
        }
        if (new LinkedHashSet<>(required).size() != required.size()
                || new LinkedHashSet<>(chooseFrom).size() != chooseFrom.size()) {
            throw new IllegalArgumentException("a micro-credential is listed twice");
        }
        for (String code : required) {
            if (chooseFrom.contains(code)) {
                throw new IllegalArgumentException(code + " is both required and in the choice list");
            }
        }
    }

    public static EndorsementRule none() {
        return new EndorsementRule(List.of(), 0, List.of());
    }

    /** An endorsement with an empty rule (e.g. coming soon) has nothing to earn yet. */
    public boolean isEmpty() {
        return required.isEmpty() && chooseCount == 0;
    }

    public int totalToEarn() {
        return required.size() + chooseCount;
    }

    public boolean isMetBy(Set<String> earned) {
        return !isEmpty() && progress(earned).remaining() == 0;
    }

    public Progress progress(Set<String> earned) {
        int requiredEarned = (int) required.stream().filter(earned::contains).count();
        int chosenEarned = (int) chooseFrom.stream().filter(earned::contains).count();
        return new Progress(requiredEarned, required.size(), Math.min(chosenEarned, chooseCount), chooseCount,
                chooseFrom.size());
    }

    public List<String> allCodes() {
        List<String> all = new ArrayList<>(required);
        all.addAll(chooseFrom);
        return all;
    }

    public boolean mentions(String microCredentialCode) {
        return required.contains(microCredentialCode) || chooseFrom.contains(microCredentialCode);
    }

    /** The rule in plain words, e.g. "Earn both required micro-credentials and 1 of these 11". */
    public String describe() {
        if (isEmpty()) {
            return "No micro-credentials are listed yet";
        }
        String requiredPart = switch (required.size()) {
            case 0 -> "";
            case 1 -> "the required micro-credential";
            case 2 -> "both required micro-credentials";
            default -> "all " + required.size() + " required micro-credentials";
        };
        String choicePart = chooseCount == 0 ? ""
                : chooseCount == chooseFrom.size() && chooseCount == 2 ? "both of these 2"
                : chooseCount == chooseFrom.size() ? "all " + chooseCount + " of these"
                : chooseCount + " of these " + chooseFrom.size();
        if (requiredPart.isEmpty()) {
            return "Earn " + choicePart;
        }
        return choicePart.isEmpty() ? "Earn " + requiredPart : "Earn " + requiredPart + " and " + choicePart;
    }

    /** How far an educator is: counts of earned against what the rule asks. */
    public record Progress(int requiredEarned, int requiredTotal, int chosenEarned, int chooseCount, int choiceSize) {

        public int earned() {
            return requiredEarned + chosenEarned;
        }

        public int total() {
            return requiredTotal + chooseCount;
        }

        public int remaining() {
            return total() - earned();
        }

        public int percent() {
            return total() == 0 ? 0 : earned() * 100 / total();
        }
    }
}

package org.pathways.pathways.domain;

import org.pathways.catalog.EndorsementRule.Progress;

/** What is left of an endorsement in words, e.g. "1 required and 1 of 11 optional left". */
public final class ProgressWords {

    private ProgressWords() {
    }

    public static String left(Progress progress) {
        if (progress.total() == 0) {
            return "No micro-credentials are listed yet";
        }
        int requiredLeft = progress.requiredTotal() - progress.requiredEarned();
        int optionalLeft = progress.chooseCount() - progress.chosenEarned();
        if (requiredLeft == 0 && optionalLeft == 0) {
            return "Complete";
        }
        String required = requiredLeft == 0 ? "" : requiredLeft + " required";
        String optional = optionalLeft == 0 ? "" : optionalLeft + " of " + progress.choiceSize() + " optional";
        String joined = required.isEmpty() ? optional : optional.isEmpty() ? required : required + " and " + optional;
        return joined + " left";
    }
}

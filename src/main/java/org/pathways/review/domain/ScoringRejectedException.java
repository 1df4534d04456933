package org.pathways.review.domain;

import java.util.List;

/** The scoring is incomplete or does not support the decision. */
public class ScoringRejectedException extends ReviewException {

    private final List<String> problems;

    public ScoringRejectedException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

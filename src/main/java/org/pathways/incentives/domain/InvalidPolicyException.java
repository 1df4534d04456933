package org.pathways.incentives.domain;

import java.util.List;

/** A policy change that cannot be stored, with every reason in plain language. */
public class InvalidPolicyException extends IllegalArgumentException {

    private final List<String> problems;

    InvalidPolicyException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

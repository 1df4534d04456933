package org.pathways.review.calibration;

import java.util.List;

/** A calibration action that the rules refuse; the messages are written for the admin or reviewer. */
public class CalibrationException extends RuntimeException {

    private final List<String> problems;

    public CalibrationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public CalibrationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}

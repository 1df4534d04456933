package org.pathways.incentives.domain;

/** Why a stipend line has the amount it has. */
public enum StipendOutcome {
    AWARDED("Stipend"),
    OVER_CAP("Over the yearly cap"),
    NOT_ELIGIBLE("Not eligible"),
    REVERSAL("Reversal");

    private final String label;

    StipendOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

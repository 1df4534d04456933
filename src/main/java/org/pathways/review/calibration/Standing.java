package org.pathways.review.calibration;

/** Where a reviewer stands after calibration. */
public enum Standing {
    NOT_ENOUGH_DATA("Not enough data"),
    BELOW_THRESHOLD("Flagged: below the threshold"),
    CALIBRATED("Calibrated");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean flagged() {
        return this != CALIBRATED;
    }
}

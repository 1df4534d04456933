package org.pathways.review.calibration;

/** Where a reviewer stands after calibration, the ones needing attention first. */
public enum Standing {
    BELOW_THRESHOLD("Flagged: below the threshold"),
    NOT_ENOUGH_DATA("Flagged: not enough data"),
    CALIBRATED("Calibrated");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

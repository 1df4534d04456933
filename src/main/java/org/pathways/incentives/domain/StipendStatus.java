package org.pathways.incentives.domain;

/**
 * Where a stipend line is: PENDING -> APPROVED -> EXPORTED (in a payroll batch), or REVERSED before
 * export. $0 lines (over the cap, not eligible) are UNPAID: recorded so everyone sees why, never paid.
 */
public enum StipendStatus {
    PENDING("Waiting for approval"),
    APPROVED("Approved"),
    EXPORTED("Paid"),
    REVERSED("Reversed"),
    UNPAID("Not paid");

    private final String label;

    StipendStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

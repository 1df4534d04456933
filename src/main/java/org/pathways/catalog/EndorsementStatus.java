package org.pathways.catalog;

/** Whether a micro-endorsement can be worked on. */
public enum EndorsementStatus {
    OPEN("Open"),
    COMING_SOON("Coming soon"),
    RETIRED("Retired");

    private final String label;

    EndorsementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

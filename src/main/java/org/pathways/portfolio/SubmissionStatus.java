package org.pathways.portfolio;

/** Where an attempt stands in its life cycle (DESIGN section 3). */
public enum SubmissionStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    IN_REVIEW("In review"),
    EARNED("Earned"),
    NEEDS_REVISION("Needs revision"),
    WITHDRAWN("Withdrawn"),
    REVOKED("Revoked");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

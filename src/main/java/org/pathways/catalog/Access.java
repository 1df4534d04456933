package org.pathways.catalog;

/** Who may add a micro-endorsement to their dashboard. */
public enum Access {
    ALL_ACCESS("All access"),
    ROLE_GATED("Role-gated");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

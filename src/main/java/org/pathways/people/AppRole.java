package org.pathways.people;

/** What a person may do in Pathways; one person may hold several. */
public enum AppRole {
    EDUCATOR("Educator"),
    REVIEWER("Reviewer"),
    CAMPUS_LEADER("Campus leader"),
    ADMIN("Administrator");

    private final String label;

    AppRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

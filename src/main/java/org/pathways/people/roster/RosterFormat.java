package org.pathways.people.roster;

/** The two roster formats districts export. */
public enum RosterFormat {
    HR_CSV("HR CSV"),
    ONEROSTER("OneRoster CSV bundle (zip)");

    private final String label;

    RosterFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

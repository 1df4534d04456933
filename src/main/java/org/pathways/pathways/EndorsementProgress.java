package org.pathways.pathways;

/** How far an educator is with an endorsement on their dashboard, e.g. 2 of 3 with "1 required left". */
public record EndorsementProgress(String endorsementCode, String title, int earned, int total, String left,
                                  boolean complete) {

    public int percent() {
        return total == 0 ? 0 : earned * 100 / total;
    }
}

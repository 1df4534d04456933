package org.pathways.people.roster;

import java.util.List;

/** What applying a file would do, or why it cannot be applied. */
record RosterPlan(List<Change> creates, List<Change> updates, List<Change> deactivations, int unchanged,
                  int totalRows, List<RosterError> errors) {

    enum Kind { CREATE, UPDATE, DEACTIVATE }

    /** A row to write: the educator's id when they exist, and the resolved campus, band and date. */
    record Change(Kind kind, Long educatorId, RosterRow row, long campusId, int payBand, java.time.LocalDate hireDate) {
    }

    boolean valid() {
        return errors.isEmpty();
    }

    int changes() {
        return creates.size() + updates.size() + deactivations.size();
    }
}

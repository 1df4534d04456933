package org.pathways.people.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the rows of a file with the roster: each row creates, updates, deactivates or leaves a
 * person as they are. Checks what needs the whole file or the database: duplicates within the
 * file, campuses, and email addresses that belong to someone else.
 */
final class RosterPlanner {

    private final RosterSnapshot snapshot;
    private final LocalDate today;
    private final int defaultPayBand;

    RosterPlanner(RosterSnapshot snapshot, LocalDate today, int defaultPayBand) {
        this.snapshot = snapshot;
        this.today = today;
        this.defaultPayBand = defaultPayBand;
    }

    RosterPlan plan(ParsedRoster parsed) {
        List<RosterError> errors = new ArrayList<>(parsed.errors());
        Map<String, RosterRow> byEmployeeId = new HashMap<>();
        Map<String, RosterRow> byEmail = new HashMap<>();
        for (RosterRow row : parsed.rows()) {
            RosterRow sameId = byEmployeeId.putIfAbsent(row.employeeId(), row);
            if (sameId != null) {
                errors.add(new RosterError(row.part(), row.row(), "employee_id", "The employee id " + row.employeeId()
                        + " is also on row " + sameId.row() + "."));
            }
            RosterRow sameEmail = byEmail.putIfAbsent(RosterSnapshot.emailKey(row.email()), row);
            if (sameEmail != null) {
                errors.add(new RosterError(row.part(), row.row(), "email", "The email " + row.email()
                        + " is also on row " + sameEmail.row() + "."));
            }
        }
        List<RosterPlan.Change> creates = new ArrayList<>();
        List<RosterPlan.Change> updates = new ArrayList<>();
        List<RosterPlan.Change> deactivations = new ArrayList<>();
        int unchanged = 0;
        for (RosterRow row : parsed.rows()) {
            Long campusId = snapshot.campusIdByCode().get(RosterSnapshot.campusKey(row.campusCode()));
            if (campusId == null) {
                errors.add(new RosterError(row.part(), row.row(), "campus_code", "The campus \"" + row.campusCode()
                        + "\" is not in Pathways. Add the campus first or correct the code."));
                continue;
            }
            String owner = snapshot.employeeIdByEmail().get(RosterSnapshot.emailKey(row.email()));
            if (owner != null && !owner.equals(row.employeeId()) && !movesAway(owner, byEmployeeId)) {
                errors.add(new RosterError(row.part(), row.row(), "email", "The email " + row.email()
                        + " belongs to employee " + owner + "."));
                continue;
            }
            RosterSnapshot.Existing existing = snapshot.byEmployeeId().get(row.employeeId());
            if (existing == null) {
                if (row.active()) {
                    creates.add(new RosterPlan.Change(RosterPlan.Kind.CREATE, null, row, campusId,
                            row.payBand() == null ? defaultPayBand : row.payBand(),
                            row.hireDate() == null ? today : row.hireDate()));
                } else {
                    unchanged++; // a leaver Pathways never knew: nothing to do
                }
                continue;
            }
            RosterPlan.Change change = new RosterPlan.Change(RosterPlan.Kind.UPDATE, existing.id(), row, campusId,
                    row.payBand() == null ? existing.payBand() : row.payBand(),
                    row.hireDate() == null ? existing.hireDate() : row.hireDate());
            if (existing.active() && !row.active()) {
                deactivations.add(new RosterPlan.Change(RosterPlan.Kind.DEACTIVATE, existing.id(), row, campusId,
                        change.payBand(), change.hireDate()));
            } else if (differs(existing, change)) {
                updates.add(change);
            } else {
                unchanged++;
            }
        }
        errors.sort(java.util.Comparator.comparing((RosterError e) -> Objects.toString(e.part(), ""))
                .thenComparingInt(RosterError::row));
        return new RosterPlan(creates, updates, deactivations, unchanged, parsed.rows().size(), errors);
    }

    /** The address's current owner is in the file with another address, so it is free to take. */
    private boolean movesAway(String owner, Map<String, RosterRow> byEmployeeId) {
        RosterRow ownerRow = byEmployeeId.get(owner);
        RosterSnapshot.Existing current = snapshot.byEmployeeId().get(owner);
        return ownerRow != null && current != null
                && !RosterSnapshot.emailKey(ownerRow.email()).equals(RosterSnapshot.emailKey(current.email()));
    }

    private static boolean differs(RosterSnapshot.Existing existing, RosterPlan.Change change) {
        RosterRow row = change.row();
        return !existing.firstName().equals(row.firstName()) || !existing.lastName().equals(row.lastName())
                || !existing.email().equals(row.email())
                || !RosterSnapshot.campusKey(existing.campusCode()).equals(RosterSnapshot.campusKey(row.campusCode()))
                || !existing.position().equals(row.position()) || existing.payBand() != change.payBand()
                || !existing.hireDate().equals(change.hireDate()) || existing.active() != row.active();
    }
}

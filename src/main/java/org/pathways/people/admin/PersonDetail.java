package org.pathways.people.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pathways.people.AppRole;

/** Everything the person page shows and edits. */
public record PersonDetail(long id, String employeeId, String firstName, String lastName, String email,
                           String campusName, String position, int payBand, LocalDate hireDate, boolean active,
                           boolean hasPassword, Instant invitedAt, Instant lastSignedInAt, Set<AppRole> appRoles,
                           List<HeldRole> heldRoles) {

    /** A career role held, current (no end date) or past. */
    public record HeldRole(long id, String roleCode, String roleTitle, LocalDate since, LocalDate until) {

        public boolean current() {
            return until == null;
        }
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}

package org.pathways.people;

import java.time.LocalDate;
import java.util.List;

/** An educator as other modules see them, with the career roles they currently hold. */
public record EducatorProfile(
        long id,
        String employeeId,
        String firstName,
        String lastName,
        String email,
        String campusCode,
        String campusName,
        String position,
        int payBand,
        LocalDate hireDate,
        boolean active,
        List<String> heldRoleCodes) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean holds(String roleCode) {
        return heldRoleCodes.contains(roleCode);
    }
}

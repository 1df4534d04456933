package org.pathways.people.admin;

/** One line of the people search. */
public record PersonRow(long id, String employeeId, String name, String email, String campusCode, String position,
                        boolean active, boolean hasPassword, String appRoles) {

    public String accountState() {
        if (!active) {
            return "Deactivated";
        }
        return hasPassword ? "Active" : "Invited";
    }
}

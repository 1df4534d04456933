package org.pathways.people.roster;

import java.time.LocalDate;

/**
 * A person as a roster file states them. Pay band and hire date are null when the format does
 * not carry them (OneRoster); an existing educator then keeps theirs.
 */
record RosterRow(String part, int row, String employeeId, String firstName, String lastName, String email,
                 String campusCode, String position, Integer payBand, LocalDate hireDate, boolean active) {
}

package org.pathways.people.roster;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** The roster as the database holds it now, in the shape the planner compares a file against. */
record RosterSnapshot(Map<String, Existing> byEmployeeId, Map<String, String> employeeIdByEmail,
                      Map<String, Long> campusIdByCode) {

    record Existing(long id, String employeeId, String firstName, String lastName, String email, String campusCode,
                    String position, int payBand, LocalDate hireDate, boolean active) {
    }

    static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    static String campusKey(String code) {
        return code.toUpperCase(Locale.ROOT);
    }
}

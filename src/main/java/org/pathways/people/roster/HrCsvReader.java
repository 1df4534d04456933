package org.pathways.people.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The district HR export: one row per employee with the columns below, in any order. */
final class HrCsvReader {

    static final List<String> COLUMNS = List.of("employee_id", "first_name", "last_name", "email", "campus_code",
            "position", "pay_band", "hire_date", "active");

    private HrCsvReader() {
    }

    static ParsedRoster read(byte[] bytes) {
        List<RosterRow> rows = new ArrayList<>();
        List<RosterError> errors = new ArrayList<>();
        CsvTable.read(null, bytes, COLUMNS, column -> false, errors, (number, row) -> {
            String employeeId = FieldRules.employeeId(row, "employee_id");
            String firstName = FieldRules.text(row, "first_name", "first name", 100);
            String lastName = FieldRules.text(row, "last_name", "last name", 100);
            String email = FieldRules.email(row, "email");
            String campus = FieldRules.campusCode(row, "campus_code");
            String position = FieldRules.text(row, "position", "position", 60);
            Integer band = FieldRules.payBand(row, "pay_band");
            LocalDate hired = FieldRules.date(row, "hire_date");
            Boolean active = FieldRules.flag(row, "active");
            if (row.valid()) {
                rows.add(new RosterRow(null, number, employeeId, firstName, lastName, email, campus, position, band,
                        hired, active));
            }
        });
        return new ParsedRoster(rows, errors);
    }
}

package org.pathways.people.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks every roster value goes through, with the message an admin sees when one fails. */
final class FieldRules {

    static final int MIN_BAND = 1;
    static final int MAX_BAND = 20;

    private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\t]+\\s*");
    private static final Pattern CAMPUS_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT));

    private FieldRules() {
    }

    static String employeeId(CsvTable.Row row, String column) {
        String value = row.value(column);
        if (value.isEmpty()) {
            row.error(column, "The employee id is empty.");
        } else if (!EMPLOYEE_ID.matcher(value).matches()) {
            row.error(column, "The employee id \"" + clip(value) + "\" may only contain letters, digits, '.', '_' "
                    + "and '-' (at most 40).");
        } else {
            return value;
        }
        return null;
    }

    static String text(CsvTable.Row row, String column, String what, int maxLength) {
        // A quoted value may span lines in the file; on a page it reads as one line.
        String value = LINE_BREAKS.matcher(row.value(column)).replaceAll(" ");
        if (value.isEmpty()) {
            row.error(column, "The " + what + " is empty.");
        } else if (value.length() > maxLength) {
            row.error(column, "The " + what + " is longer than " + maxLength + " characters.");
        } else if (isFormula(value)) {
            row.error(column, "The " + what + " \"" + clip(value) + "\" starts with " + value.charAt(0)
                    + " like a spreadsheet formula; remove the formula and export the value.");
        } else if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            row.error(column, "The " + what + " contains a control character.");
        } else {
            return value;
        }
        return null;
    }

    static String email(CsvTable.Row row, String column) {
        String value = row.value(column);
        if (value.isEmpty()) {
            row.error(column, "The email address is empty.");
        } else if (value.length() > 320 || !EMAIL.matcher(value).matches()) {
            row.error(column, "\"" + clip(value) + "\" is not an email address.");
        } else {
            return value;
        }
        return null;
    }

    static String campusCode(CsvTable.Row row, String column) {
        String value = row.value(column);
        if (value.isEmpty()) {
            row.error(column, "The campus code is empty.");
        } else if (!CAMPUS_CODE.matcher(value).matches()) {
            row.error(column, "\"" + clip(value) + "\" is not a campus code.");
        } else {
            return value;
        }
        return null;
    }

    static Integer payBand(CsvTable.Row row, String column) {
        String value = row.value(column);
        try {
            int band = Integer.parseInt(value);
            if (band >= MIN_BAND && band <= MAX_BAND) {
                return band;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        row.error(column, "The pay band \"" + clip(value) + "\" is not a whole number from " + MIN_BAND + " to "
                + MAX_BAND + ".");
        return null;
    }

    static LocalDate date(CsvTable.Row row, String column) {
        String value = row.value(column);
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.getYear() < 1900 || date.isAfter(LocalDate.now().plusYears(1))) {
                    row.error(column, "The hire date " + value + " is not plausible.");
                    return null;
                }
                return date;
            } catch (DateTimeParseException tryNext) {
                // next format
            }
        }
        row.error(column, "The hire date \"" + clip(value) + "\" is not a date like 2024-08-15 or 8/15/2024.");
        return null;
    }

    static Boolean flag(CsvTable.Row row, String column) {
        String value = row.value(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "y", "1", "active" -> true;
            case "false", "no", "n", "0", "inactive" -> false;
            default -> {
                row.error(column, "\"" + clip(value) + "\" is not true or false.");
                yield null;
            }
        };
    }

    /** Cells a spreadsheet would evaluate (CSV injection); a roster never needs them. */
    static boolean isFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    static String clip(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}

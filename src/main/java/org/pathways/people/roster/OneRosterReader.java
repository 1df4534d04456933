package org.pathways.people.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A 1EdTech OneRoster 1.1 CSV bundle: orgs.csv gives each school's identifier (our campus code),
 * users.csv the people. Staff roles become positions; students, parents and guardians are not
 * educators and are passed over. Other files in the bundle are ignored.
 */
final class OneRosterReader {

    static final String ORGS = "orgs.csv";
    static final String USERS = "users.csv";

    private static final List<String> ORG_COLUMNS = List.of("sourcedid", "identifier");
    private static final Set<String> ORG_OPTIONAL = Set.of("status", "datelastmodified", "name", "type",
            "parentsourcedid");
    private static final List<String> USER_COLUMNS = List.of("sourcedid", "orgsourcedids", "role", "givenname",
            "familyname", "email");
    private static final Set<String> USER_OPTIONAL = Set.of("status", "datelastmodified", "enableduser",
            "username", "userids", "middlename", "identifier", "sms", "phone", "grades", "password");
    private static final Map<String, String> POSITIONS = Map.of(
            "teacher", "Teacher",
            "aide", "Aide",
            "counselor", "Counselor",
            "principal", "Principal",
            "administrator", "Administrator",
            "siteadministrator", "Administrator",
            "districtadministrator", "Central Office",
            "systemadministrator", "Central Office",
            "proctor", "Proctor");

    private OneRosterReader() {
    }

    static ParsedRoster read(byte[] zip) {
        Map<String, byte[]> files;
        try {
            files = SafeZip.extract(zip, Set.of(ORGS, USERS));
        } catch (SafeZip.UnsafeZipException e) {
            return ParsedRoster.failed(RosterError.ofFile(e.getMessage()));
        }
        List<RosterError> errors = new ArrayList<>();
        for (String required : List.of(ORGS, USERS)) {
            if (!files.containsKey(required)) {
                errors.add(RosterError.ofFile("The zip has no " + required + "; a OneRoster bundle needs "
                        + ORGS + " and " + USERS + "."));
            }
        }
        if (!errors.isEmpty()) {
            return new ParsedRoster(List.of(), errors);
        }
        Map<String, String> campusBySourcedId = new HashMap<>();
        boolean orgsRead = CsvTable.read(ORGS, files.get(ORGS), ORG_COLUMNS, OneRosterReader::optionalOrgColumn,
                errors, (number, row) -> {
                    String sourcedId = row.value("sourcedid");
                    String code = FieldRules.campusCode(row, "identifier");
                    if (sourcedId.isEmpty()) {
                        row.error("sourcedId", "The sourcedId is empty.");
                    } else if (code != null) {
                        campusBySourcedId.put(sourcedId, code);
                    }
                });
        if (!orgsRead) {
            return new ParsedRoster(List.of(), errors);
        }
        List<RosterRow> rows = new ArrayList<>();
        CsvTable.read(USERS, files.get(USERS), USER_COLUMNS, OneRosterReader::optionalUserColumn, errors,
                (number, row) -> {
                    String role = row.value("role").toLowerCase(Locale.ROOT);
                    String position = POSITIONS.get(role);
                    if (position == null) {
                        if (role.isEmpty()) {
                            row.error("role", "The role is empty.");
                        }
                        return; // students, parents, guardians and relatives are not educators
                    }
                    String employeeId = FieldRules.employeeId(row,
                            row.value("identifier").isEmpty() ? "sourcedid" : "identifier");
                    String firstName = FieldRules.text(row, "givenname", "given name", 100);
                    String lastName = FieldRules.text(row, "familyname", "family name", 100);
                    String email = FieldRules.email(row, "email");
                    String campus = campus(row, campusBySourcedId);
                    boolean active = !"tobedeleted".equalsIgnoreCase(row.value("status"))
                            && !"false".equalsIgnoreCase(row.value("enableduser"));
                    if (row.valid()) {
                        rows.add(new RosterRow(USERS, number, employeeId, firstName, lastName, email, campus,
                                position, null, null, active));
                    }
                });
        return new ParsedRoster(rows, errors);
    }

    private static String campus(CsvTable.Row row, Map<String, String> campusBySourcedId) {
        String first = row.value("orgsourcedids").split(",")[0].strip();
        if (first.isEmpty()) {
            row.error("orgSourcedIds", "The person belongs to no org.");
            return null;
        }
        String code = campusBySourcedId.get(first);
        if (code == null) {
            row.error("orgSourcedIds", "The org \"" + FieldRules.clip(first) + "\" is not in " + ORGS + ".");
        }
        return code;
    }

    private static boolean optionalOrgColumn(String name) {
        return ORG_OPTIONAL.contains(name) || name.startsWith("metadata.");
    }

    private static boolean optionalUserColumn(String name) {
        return USER_OPTIONAL.contains(name) || name.startsWith("metadata.");
    }
}

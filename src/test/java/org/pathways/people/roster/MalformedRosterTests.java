package org.pathways.people.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Broken roster files: each is refused with a message that says where and what, and nothing changes. */
@DemoDistrictTest
class MalformedRosterTests implements PostgresTest {

    private static final String H = RosterFiles.HR_HEADER;
    private static final String OK = "RM-1,Ana,Reyes,ana.reyes.rm1@roster.example.org,HPS-0001,Teacher,2,2020-08-15,true";
    private static final String ORGS = "sourcedId,identifier\norg-1,HPS-0001\n";
    private static final String USERS_HEADER = "sourcedId,status,enabledUser,orgSourcedIds,role,givenName,familyName,"
            + "identifier,email";

    @Autowired
    RosterImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> files() {
        return Stream.of(
                file("an empty file", new byte[0], 0, null, "The file is empty."),
                file("only blank lines", bytes("\n\r\n  \n"), 0, null, "The file is empty."),
                file("a byte order mark and nothing else", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0,
                        null, "The file is empty."),
                file("a header and no rows", bytes(H + "\n"), 0, null, "header row but no people"),
                file("a missing column", bytes(H.replace(",pay_band", "") + "\n"
                        + OK.replace(",2,2020", ",2020")), 1, "pay_band", "\"pay_band\" is missing"),
                file("an extra column", bytes(H + ",salary\n" + OK + ",50000"), 1, "salary",
                        "Unexpected column \"salary\""),
                file("a column twice", bytes(H + ",email\n" + OK + ",x@y.org"), 1, "email", "appears twice"),
                file("semicolons from a European spreadsheet", bytes(H.replace(',', ';') + "\n" + OK.replace(',', ';')),
                        1, null, "separated by semicolons"),
                file("a row with too few values", bytes(H + "\n" + OK.replace(",true", "")), 2, null,
                        "This row has 8 values but the header has 9 columns."),
                file("a row with too many values", bytes(H + "\n" + OK + ",extra"), 2, null,
                        "This row has 10 values"),
                file("an unclosed quote", bytes(H + "\n" + OK.replace("Ana", "\"Ana")), 0, null,
                        "The file is not valid CSV"),
                file("UTF-16 text", (H + "\n" + OK + "\n").getBytes(StandardCharsets.UTF_16), 0, null,
                        "not a CSV text file"),
                file("a PDF", bytes("%PDF-1.7\n\u0000\u0001\u0002binary"), 0, null, "not a CSV text file"),
                file("a duplicate employee id", bytes(H + "\n" + OK + "\n"
                        + OK.replace("ana.reyes", "other")), 3, "employee_id", "RM-1 is also on row 2"),
                file("a duplicate email in another case", bytes(H + "\n" + OK + "\n"
                        + OK.replace("RM-1", "RM-2").replace("ana.reyes", "ANA.REYES")), 3, "email",
                        "is also on row 2"),
                file("the email of another employee", bytes(H + "\n" + OK.replace("ana.reyes.rm1@roster.example.org",
                        "teacher@example.org")), 2, "email", "belongs to employee"),
                file("an unknown campus", bytes(H + "\n" + OK.replace("HPS-0001", "HPS-9999")), 2, "campus_code",
                        "The campus \"HPS-9999\" is not in Pathways"),
                file("a bad email", bytes(H + "\n" + OK.replace("ana.reyes.rm1@roster.example.org", "ana.reyes")), 2,
                        "email", "\"ana.reyes\" is not an email address."),
                file("an email with a space", bytes(H + "\n" + OK.replace("ana.reyes.rm1@", "ana reyes@")), 2,
                        "email", "is not an email address"),
                file("an empty email", bytes(H + "\n" + OK.replace("ana.reyes.rm1@roster.example.org", "")), 2,
                        "email", "The email address is empty."),
                file("a pay band that is not a number", bytes(H + "\n" + OK.replace(",2,", ",two,")), 2, "pay_band",
                        "The pay band \"two\" is not a whole number from 1 to 20."),
                file("pay band 0", bytes(H + "\n" + OK.replace(",2,", ",0,")), 2, "pay_band", "from 1 to 20"),
                file("pay band 21", bytes(H + "\n" + OK.replace(",2,", ",21,")), 2, "pay_band", "from 1 to 20"),
                file("a decimal pay band", bytes(H + "\n" + OK.replace(",2,", ",2.5,")), 2, "pay_band",
                        "from 1 to 20"),
                file("a month 13 hire date", bytes(H + "\n" + OK.replace("2020-08-15", "2020-13-15")), 2, "hire_date",
                        "is not a date like 2024-08-15"),
                file("a hire date far in the future", bytes(H + "\n" + OK.replace("2020-08-15", "2099-01-01")), 2,
                        "hire_date", "is not plausible"),
                file("an active flag that is neither", bytes(H + "\n" + OK.replace(",true", ",maybe")), 2, "active",
                        "\"maybe\" is not true or false."),
                file("an empty first name", bytes(H + "\n" + OK.replace(",Ana,", ",,")), 2, "first_name",
                        "The first name is empty."),
                file("a last name of 101 characters", bytes(H + "\n" + OK.replace("Reyes", "R".repeat(101))), 2,
                        "last_name", "longer than 100 characters"),
                file("a formula in the first name", bytes(H + "\n" + OK.replace(",Ana,",
                        ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")), 2, "first_name",
                        "like a spreadsheet formula"),
                file("a formula in the position", bytes(H + "\n" + OK.replace("Teacher", "@SUM(A1:A9)")), 2, "position",
                        "like a spreadsheet formula"),
                file("a plus formula in the last name", bytes(H + "\n" + OK.replace("Reyes", "+1+cmd|' /C calc'!A0")),
                        2, "last_name", "like a spreadsheet formula"),
                file("an employee id with spaces", bytes(H + "\n" + OK.replace("RM-1", "RM 1;")), 2, "employee_id",
                        "may only contain letters"),
                file("an empty employee id", bytes(H + "\n" + OK.replace("RM-1,", ",")), 2, "employee_id",
                        "The employee id is empty."),
                file("one good row and one bad row", bytes(H + "\n" + OK + "\n" + OK.replace("RM-1", "RM-2")
                        .replace("ana.reyes.rm1", "ana.reyes.rm2").replace(",2,", ",99,")), 3, "pay_band",
                        "from 1 to 20"),
                file("a zip with a path traversal name", RosterFiles.zip(RosterFiles.entries("orgs.csv", ORGS,
                        "../../etc/cron.d/users.csv", "x")), 0, null, "points outside the archive"),
                file("a zip with an absolute path", RosterFiles.zip(RosterFiles.entries("/users.csv", "x",
                        "orgs.csv", ORGS)), 0, null, "points outside the archive"),
                file("a zip with a Windows path", RosterFiles.zip(RosterFiles.entries("..\\users.csv", "x")), 0, null,
                        "points outside the archive"),
                file("a zip without users.csv", RosterFiles.zip(RosterFiles.entries("orgs.csv", ORGS)), 0, null,
                        "The zip has no users.csv"),
                file("a zip that is cut short", java.util.Arrays.copyOf(RosterFiles.zip(RosterFiles.entries(
                        "orgs.csv", ORGS, "users.csv", "x".repeat(5000))), 60), 0, null, "zip"),
                file("a zip bomb", RosterFiles.zip(RosterFiles.entries("orgs.csv", ORGS,
                        "users.csv", new byte[101 * 1024 * 1024])), 0, null, "unpacks to more than 100 MB"),
                file("a OneRoster user in an org not in orgs.csv", RosterFiles.zip(RosterFiles.entries("orgs.csv", ORGS,
                        "users.csv", USERS_HEADER + "\nu-1,active,true,org-9,teacher,Kim,Park,OR-9,kim@x.org\n")), 2,
                        "orgSourcedIds", "The org \"org-9\" is not in orgs.csv."),
                file("a OneRoster users.csv without email", RosterFiles.zip(RosterFiles.entries("orgs.csv", ORGS,
                        "users.csv", USERS_HEADER.replace(",email", "") + "\nu-1,active,true,org-1,teacher,Kim,Park,"
                                + "OR-9\n")), 1, "email", "\"email\" is missing"));
    }

    private static Arguments file(String what, byte[] content, int row, String column, String message) {
        return Arguments.of(what, content, row, column, message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void isRefusedWithAClearErrorAndChangesNothing(String what, byte[] content, int row, String column,
                                                   String message) {
        String before = fingerprint();
        long id = imports.upload(what.replace(' ', '-') + (content.length > 1 && content[0] == 'P' ? ".zip" : ".csv"),
                content, "admin@example.org");
        imports.validate(id);

        RosterImportView view = imports.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo(RosterImportView.Status.INVALID);
        assertThat(imports.errors(id)).anySatisfy(error -> {
            assertThat(error.message()).contains(message);
            assertThat(error.row()).isEqualTo(row);
            if (column != null) {
                assertThat(error.column()).isEqualToIgnoringCase(column);
            }
        });
        assertThat(imports.claimForApply(id)).isFalse();
        assertThat(fingerprint()).isEqualTo(before);
    }

    String fingerprint() {
        return jdbc.queryForObject("""
                select md5(string_agg(concat_ws('|', e.id, employee_id, first_name, last_name, email, campus_id,
                       position, pay_band, hire_date, active, e.row_version, a.educator_id), ',' order by e.id))
                from educator e left join account a on a.educator_id = e.id""", String.class);
    }
}

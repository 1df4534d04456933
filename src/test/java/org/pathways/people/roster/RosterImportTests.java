package org.pathways.people.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class RosterImportTests implements PostgresTest {

    static final String ADMIN = "admin@example.org";

    @Autowired
    RosterImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void previewsThenAppliesCreatesUpdatesAndDeactivationsAndTheSameFileAgainChangesNothing() {
        RosterFiles file = RosterFiles.hr()
                .person("RT-1001", "Maya", "Lopez", "HPS-0001", "Teacher", 2)
                .person("RT-1002", "Omar", "Haddad", "HPS-0002", "Counselor", 4)
                .person("RT-1003", "Lena", "Fischer", "HPS-0001", "Teacher", 3);
        RosterImportView first = validated("first.csv", file.bytes());
        assertThat(first.status()).isEqualTo(RosterImportView.Status.READY);
        assertThat(first.toCreate()).isEqualTo(3);
        assertThat(applied(first.id()).status()).isEqualTo(RosterImportView.Status.APPLIED);
        assertThat(jdbc.queryForObject("""
                select count(*) from educator e join account a on a.educator_id = e.id
                join account_role r on r.educator_id = e.id and r.role = 'EDUCATOR'
                where e.employee_id like 'RT-100%' and a.password_hash is null""", Long.class)).isEqualTo(3);

        RosterImportView again = validated("first-again.csv", file.bytes());
        assertThat(again.changes()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        String before = fingerprint();
        assertThat(applied(again.id()).status()).isEqualTo(RosterImportView.Status.APPLIED);
        assertThat(fingerprint()).isEqualTo(before);

        RosterFiles next = RosterFiles.hr()
                .person("RT-1001", "Maya", "Lopez", "HPS-0003", "Teacher", 3) // moved campus, new band
                .person("RT-1002", "Omar", "Haddad", "HPS-0002", "Counselor", 4)
                .line("RT-1003,Lena,Fischer," + RosterFiles.email("Lena", "Fischer", "RT-1003")
                        + ",HPS-0001,Teacher,3,2020-08-15,false"); // leaver
        RosterImportView second = validated("second.csv", next.bytes());
        assertThat(second.toUpdate()).isEqualTo(1);
        assertThat(second.toDeactivate()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        applied(second.id());
        assertThat(jdbc.queryForObject("""
                select c.code || ':' || e.pay_band from educator e join campus c on c.id = e.campus_id
                where employee_id = 'RT-1001'""", String.class)).isEqualTo("HPS-0003:3");
        assertThat(jdbc.queryForObject("select active from educator where employee_id = 'RT-1003'", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ROSTER_APPLIED'", Long.class))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void readsUtf8WithAndWithoutBomAndWindows1252WithBothLineEndingsAndQuotedFields() {
        RosterFiles file = RosterFiles.hr()
                .line("RT-2001,Zoë,Muñoz,zoe.munoz@roster.example.org,HPS-0001,\"Teacher, Science\",2,2021-08-01,yes")
                .line("RT-2002,\"Renée\",\"O'Brien\nSmith\",renee.obrien@roster.example.org,HPS-0002,Teacher,3,8/1/2019,1");
        byte[] utf8 = file.bytes();
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] windows = file.crlf().bytes(TextDecoding.WINDOWS_1252);

        RosterImportView fromWindows = validated("excel.csv", windows);
        assertThat(fromWindows.toCreate()).isEqualTo(2);
        applied(fromWindows.id());
        assertThat(jdbc.queryForObject("select first_name || ' ' || last_name || ' / ' || position from educator "
                + "where employee_id = 'RT-2001'", String.class)).isEqualTo("Zoë Muñoz / Teacher, Science");
        assertThat(jdbc.queryForObject("select last_name from educator where employee_id = 'RT-2002'",
                String.class)).isEqualTo("O'Brien Smith");

        // The same people in UTF-8, with and without a byte order mark, are already there.
        assertThat(validated("utf8.csv", utf8).unchanged()).isEqualTo(2);
        assertThat(validated("bom.csv", bom).unchanged()).isEqualTo(2);
    }

    @Test
    void importsAOneRosterBundleSkippingStudentsAndDeactivatingUsersToBeDeleted() {
        String orgs = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                + "org-1,active,2026-01-01,Harmony One,school,HPS-0001,\n"
                + "org-2,active,2026-01-01,Harmony Two,school,HPS-0002,\n";
        String users = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
                + "givenName,familyName,middleName,identifier,email,sms,phone,grades,password\n"
                + "u-1,active,2026-01-01,true,org-1,teacher,kim,,Kim,Park,,OR-3001,kim.park@roster.example.org,,,,\n"
                + "u-2,active,2026-01-01,true,\"org-2,org-1\",aide,ali,,Ali,Demir,,OR-3002,ali.demir@roster.example.org,,,,\n"
                + "u-3,active,2026-01-01,true,org-1,student,st,,Sam,Student,,S-1,sam@students.example.org,,,,\n";
        byte[] bundle = RosterFiles.zip(RosterFiles.entries("orgs.csv", orgs, "users.csv", users,
                "classes.csv", "sourcedId,title\nc-1,Algebra\n", "manifest.csv", "propertyName,value\n"));
        RosterImportView first = validated("oneroster.zip", bundle);
        assertThat(first.format()).isEqualTo(RosterFormat.ONEROSTER);
        assertThat(first.toCreate()).isEqualTo(2);
        applied(first.id());
        assertThat(jdbc.queryForObject("""
                select string_agg(e.employee_id || ':' || c.code || ':' || e.position, ' ' order by e.employee_id)
                from educator e join campus c on c.id = e.campus_id where e.employee_id like 'OR-300%'""", String.class))
                .isEqualTo("OR-3001:HPS-0001:Teacher OR-3002:HPS-0002:Aide");
        assertThat(jdbc.queryForObject("select count(*) from educator where email = 'sam@students.example.org'",
                Long.class)).isZero();

        String leaving = users.replace("u-2,active,2026-01-01,true", "u-2,tobedeleted,2026-02-01,true");
        RosterImportView second = validated("oneroster-2.zip",
                RosterFiles.zip(RosterFiles.entries("orgs.csv", orgs, "users.csv", leaving)));
        assertThat(second.toDeactivate()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        applied(second.id());
        assertThat(jdbc.queryForObject("select active from educator where employee_id = 'OR-3002'", Boolean.class))
                .isFalse();
    }

    @Test
    void aFileThatStopsFittingTheRosterAfterItsPreviewIsNotApplied() {
        RosterImportView view = validated("late.csv", RosterFiles.hr()
                .person("RT-4001", "Ivy", "Stone", "HPS-0001", "Teacher", 2).bytes());
        assertThat(view.status()).isEqualTo(RosterImportView.Status.READY);
        // Meanwhile someone else takes the address.
        String original = jdbc.queryForObject("select email from educator where employee_id = 'E100050'", String.class);
        jdbc.update("update educator set email = ? where employee_id = 'E100050'",
                RosterFiles.email("Ivy", "Stone", "RT-4001"));
        try {
            String before = fingerprint();
            RosterImportView after = applied(view.id());
            assertThat(after.status()).isEqualTo(RosterImportView.Status.INVALID);
            assertThat(imports.errors(view.id())).extracting(RosterError::message)
                    .anyMatch(m -> m.contains("belongs to employee E100050"));
            assertThat(fingerprint()).isEqualTo(before);
        } finally {
            jdbc.update("update educator set email = ? where employee_id = 'E100050'", original);
        }
    }

    @Test
    void tenMegabytesOfJunkIsRefusedWithAClearMessage() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(junk);
        String before = fingerprint();
        RosterImportView view = validated("junk.csv", junk);
        assertThat(view.status()).isEqualTo(RosterImportView.Status.INVALID);
        assertThat(imports.errors(view.id())).extracting(RosterError::message)
                .containsExactly("This is not a CSV text file (it contains binary data). Export the roster as CSV and "
                        + "try again.");
        assertThat(imports.claimForApply(view.id())).isFalse();
        assertThat(fingerprint()).isEqualTo(before);
    }

    RosterImportView validated(String name, byte[] content) {
        long id = imports.upload(name, content, ADMIN);
        imports.validate(id);
        return imports.find(id).orElseThrow();
    }

    RosterImportView applied(long id) {
        assertThat(imports.claimForApply(id)).isTrue();
        imports.apply(id, ADMIN);
        return imports.find(id).orElseThrow();
    }

    String fingerprint() {
        return jdbc.queryForObject("""
                select md5(string_agg(concat_ws('|', e.id, employee_id, first_name, last_name, email, campus_id,
                       position, pay_band, hire_date, active, e.row_version, a.educator_id), ',' order by e.id))
                from educator e left join account a on a.educator_id = e.id""", String.class);
    }
}

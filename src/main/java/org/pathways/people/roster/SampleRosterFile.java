package org.pathways.people.roster;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An HR export of the current roster with a term's worth of changes (new hires, leavers, band
 * changes), so the import can be tried on a running demo without preparing a file.
 */
@Component
public class SampleRosterFile {

    static final int NEW_HIRES = 25;

    private final JdbcTemplate jdbc;

    SampleRosterFile(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void write(OutputStream out, LocalDate today) {
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                     .setHeader(HrCsvReader.COLUMNS.toArray(String[]::new)).get())) {
            int[] row = {0};
            String firstCampus = jdbc.queryForObject("select min(code) from campus where active and kind = 'SCHOOL'",
                    String.class);
            jdbc.query("""
                    select e.employee_id, e.first_name, e.last_name, e.email, c.code, e.position, e.pay_band, e.hire_date,
                           e.active, exists (select 1 from account_role r where r.educator_id = e.id and r.role <> 'EDUCATOR')
                    from educator e join campus c on c.id = e.campus_id order by e.id""", rs -> {
                if (FieldRules.isFormula(rs.getString(2)) || FieldRules.isFormula(rs.getString(3))) {
                    return; // the import refuses such a name; the sample leaves the person out (unchanged)
                }
                int n = ++row[0];
                boolean teacher = "Teacher".equals(rs.getString(6)) && !rs.getBoolean(10);
                int band = rs.getInt(7);
                boolean active = rs.getBoolean(9);
                if (teacher && active && n % 40 == 0) {
                    active = false; // a leaver
                } else if (teacher && n % 29 == 0) {
                    band = Math.min(FieldRules.MAX_BAND, band + 1); // a step up the pay scale
                }
                print(csv, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), band, rs.getObject(8, LocalDate.class), active);
            });
            String batch = today.format(DateTimeFormatter.BASIC_ISO_DATE);
            for (int i = 1; i <= NEW_HIRES; i++) {
                print(csv, "NEW-" + batch + "-" + i, "New", "Hire " + i, "new.hire." + batch + "." + i + "@example.org",
                        firstCampus, "Teacher", 1 + i % 3, today, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter csv, String employeeId, String first, String last, String email,
                              String campus, String position, int band, LocalDate hired, boolean active) {
        try {
            csv.printRecord(employeeId, first, last, email, campus, position, band, hired, active);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

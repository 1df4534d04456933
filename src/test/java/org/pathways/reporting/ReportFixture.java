package org.pathways.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small campus with numbers worked out by hand, in school year 2041-2042 so nothing else lands in it.
 * Campus A: Ada (2 earned, at the cap, a formula-looking last name), Ben (1 earned, a leader role),
 * Cy (a counselor, not eligible for stipends). Campus B has staff but no submissions: Rae, who made
 * every decision and reviews equity-mindset, where Ben's second submission waits.
 */
public final class ReportFixture {

    public static final String YEAR = "2041-2042";

    public final String campusA;
    public final String campusB;
    public final long ada;
    public final long ben;
    public final long cy;
    public final long reviewer;

    private final JdbcTemplate jdbc;

    public ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        String key = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        campusA = "RA" + key;
        campusB = "RB" + key;
        long a = campus(campusA);
        long b = campus(campusB);
        ada = educator(a, "Ada", "=Cmd\"x, y", "Teacher", 3, LocalDate.of(2010, 8, 1));
        ben = educator(a, "Ben", "Baker", "Teacher", 3, LocalDate.of(2020, 8, 1));
        cy = educator(a, "Cy", "Cole", "Counselor", 5, LocalDate.of(2024, 8, 1));
        reviewer = educator(b, "Rae", "Reviewer", "Teacher", 4, LocalDate.of(2005, 8, 1));
        jdbc.update("""
                insert into held_role (educator_id, role_id, since)
                select ?, id, date '2021-08-01' from career_role where tier = 2 order by id limit 1""", ben);

        long s1 = submission(ada, "behavioral-expectations", 1, "EARNED", day(9, 10));
        long s2 = submission(ada, "equity-mindset", 1, "NEEDS_REVISION", day(9, 10));
        long s3 = submission(ada, "equity-mindset", 2, "EARNED", day(9, 25));
        long s4 = submission(ben, "behavioral-expectations", 1, "EARNED", day(9, 12));
        submission(cy, "teaching-phonics", 1, "DRAFT", null);
        submission(cy, "behavioral-expectations", 1, "SUBMITTED", day(10, 5));
        submission(ben, "equity-mindset", 1, "IN_REVIEW", day(9, 2));
        decide(s1, reviewer, "EARNED", day(9, 14));          // 4 days
        decide(s2, reviewer, "NEEDS_REVISION", day(9, 20));  // 10 days
        decide(s3, reviewer, "EARNED", day(10, 1));          // 6 days
        decide(s4, reviewer, "EARNED", day(9, 20));          // 8 days
        long e1 = earned(s1, ada, "behavioral-expectations", LocalDate.of(2041, 9, 14));
        long e3 = earned(s3, ada, "equity-mindset", LocalDate.of(2041, 10, 1));
        long e4 = earned(s4, ben, "behavioral-expectations", LocalDate.of(2041, 9, 20));

        long policy = policy();
        stipend(e1, ada, "behavioral-expectations", "1000.00", "AWARDED", "PENDING", "Teacher", 3, 1, policy);
        stipend(e3, ada, "equity-mindset", "1000.00", "AWARDED", "APPROVED", "Teacher", 3, 2, policy);
        stipend(e4, ben, "behavioral-expectations", "1000.00", "AWARDED", "PENDING", "Teacher", 3, 1, policy);
        stipend(e4 + 1_000_000, cy, "teaching-phonics", "0.00", "NOT_ELIGIBLE", "UNPAID", "Counselor", 5, null,
                policy);
        jdbc.update("insert into incentive_budget (school_year, amount, updated_by) values (?, 5000, 'test') "
                + "on conflict (school_year) do nothing", YEAR);

        cpe(e1, ada, "behavioral-expectations", "15.00", "CREDIT");
        cpe(e3, ada, "equity-mindset", "10.00", "CREDIT");
        cpe(e4, ben, "behavioral-expectations", "15.00", "CREDIT");
        cpe(e4, ben, "behavioral-expectations", "-15.00", "REVERSAL");

        jdbc.update("insert into review_assignment (reviewer_id, micro_credential_code, assigned_by) "
                + "values (?, 'equity-mindset', 'test')", reviewer);

        accessRequest(ben, LocalDate.of(2020, 1, 6));
        accessRequest(cy, LocalDate.of(2099, 1, 6));
    }

    private static LocalDateTime day(int month, int dayOfMonth) {
        return LocalDateTime.of(2041, month, dayOfMonth, 9, 0);
    }

    private long campus(String code) {
        return jdbc.queryForObject("insert into campus (code, name) values (?, ?) returning id", Long.class, code,
                "Campus " + code);
    }

    private long educator(long campus, String first, String last, String position, int band, LocalDate hired) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return jdbc.queryForObject("""
                insert into educator (employee_id, first_name, last_name, email, campus_id, position, pay_band, hire_date)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, "R" + key, first, last,
                "r." + key + "@example.net", campus, position, band, hired);
    }

    private long submission(long educator, String code, int attempt, String status, LocalDateTime submittedAt) {
        return jdbc.queryForObject("""
                insert into submission (educator_id, micro_credential_code, micro_credential_version_id,
                                        micro_credential_version, attempt, status, created_at, submitted_at)
                select ?, m.code, v.id, v.number, ?, ?, ?, ?
                from micro_credential m join micro_credential_version v on v.micro_credential_id = m.id
                where m.code = ? order by v.number desc limit 1 returning id""", Long.class, educator, attempt, status,
                Timestamp.valueOf(day(9, 1)), submittedAt == null ? null : Timestamp.valueOf(submittedAt), code);
    }

    private void decide(long submission, long reviewer, String outcome, LocalDateTime at) {
        jdbc.update("insert into review_decision (submission_id, reviewer_id, outcome, decided_at) values (?, ?, ?, ?)",
                submission, reviewer, outcome, Timestamp.valueOf(at));
        jdbc.update("update submission set decided_at = ? where id = ?", Timestamp.valueOf(at), submission);
    }

    private long earned(long submission, long educator, String code, LocalDate on) {
        return jdbc.queryForObject("""
                insert into earned_credential (submission_id, educator_id, micro_credential_code,
                                               micro_credential_version, earned_on, cpe_hours)
                values (?, ?, ?, 1, ?, 15) returning id""", Long.class, submission, educator, code, on);
    }

    private long policy() {
        jdbc.update("""
                insert into incentive_policy (school_year, version, starts_on, stipend_amount, stipend_cap,
                    eligible_positions, eligible_pay_bands, cpe_hours_default, tia_points_per_credential,
                    tia_max_share_percent, created_by)
                values (?, 1, date '2041-08-01', 1000, 2, array['Teacher'], array[1,2,3,4], 15, 1, 10, 'test')
                on conflict (school_year, version) do nothing""", YEAR);
        return jdbc.queryForObject("select id from incentive_policy where school_year = ? and version = 1",
                Long.class, YEAR);
    }

    private void stipend(long earnedId, long educator, String code, String amount, String outcome, String status,
                         String position, int band, Integer slot, long policy) {
        String campus = jdbc.queryForObject("select c.code from educator e join campus c on c.id = e.campus_id "
                + "where e.id = ?", String.class, educator);
        jdbc.update("""
                insert into stipend_line (earned_credential_id, educator_id, school_year, micro_credential_code,
                    earned_on, amount, outcome, status, position, pay_band, campus_code, policy_id, cap_slot, cap,
                    approved_by, approved_at)
                values (?, ?, ?, ?, date '2041-10-01', ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?)""", earnedId, educator, YEAR,
                code, new BigDecimal(amount), outcome, status, position, band, campus, policy, slot,
                status.equals("APPROVED") ? "admin@example.org" : null,
                status.equals("APPROVED") ? Timestamp.valueOf(day(10, 2)) : null);
    }

    private void cpe(long earnedId, long educator, String code, String hours, String kind) {
        jdbc.update("""
                insert into cpe_credit (earned_credential_id, educator_id, micro_credential_code,
                    micro_credential_version, school_year, credited_on, hours, kind)
                values (?, ?, ?, 1, ?, date '2041-10-01', ?, ?)""", earnedId, educator, code, YEAR,
                new BigDecimal(hours), kind);
    }

    private void accessRequest(long educator, LocalDate due) {
        jdbc.update("""
                insert into access_request (educator_id, endorsement_code, reason, status, due_on)
                values (?, 'ctc-1', 'Ready for it', 'PENDING', ?)""", educator, due);
    }
}

package org.pathways.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.pathways.review.CredentialEarned;
import org.pathways.review.CredentialRevoked;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds what incentive tests need: educators on the roster and review's events about them. */
final class Fixtures {

    /** Earned-credential ids of these tests: far from review's own ids and from the demo range. */
    private static final AtomicLong IDS = new AtomicLong(500_000_000L);

    private final JdbcTemplate jdbc;

    Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long educator(String position, int payBand) {
        return educator(position, payBand, "Test", "Educator");
    }

    long educator(String position, int payBand, String firstName, String lastName) {
        long n = IDS.incrementAndGet();
        return jdbc.queryForObject("""
                insert into educator (employee_id, first_name, last_name, email, campus_id, position, pay_band, hire_date)
                values (?, ?, ?, ?, (select min(id) from campus where kind = 'SCHOOL'), ?, ?, date '2020-08-01')
                returning id""", Long.class, "T5-" + n, firstName, lastName, "incentives-" + n + "@example.org",
                position, payBand);
    }

    static CredentialEarned earned(long educatorId, LocalDate on) {
        return earned(educatorId, on, "teaching-phonics", new BigDecimal("15"));
    }

    static CredentialEarned earned(long educatorId, LocalDate on, String code, BigDecimal hours) {
        long id = IDS.incrementAndGet();
        return new CredentialEarned(id, educatorId, code, 1, on, hours, id);
    }

    static CredentialRevoked revoked(CredentialEarned earned, LocalDate on) {
        return new CredentialRevoked(earned.earnedCredentialId(), earned.educatorId(), earned.microCredentialCode(), on,
                "Copied evidence", "admin@example.org");
    }

    Map<String, Object> line(CredentialEarned earned) {
        return jdbc.queryForMap("select * from stipend_line where earned_credential_id = ? and reverses_line_id is null",
                earned.earnedCredentialId());
    }

    String outcome(CredentialEarned earned) {
        return (String) line(earned).get("outcome");
    }
}

package org.pathways.pathways.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.pathways.pathways.domain.Aspiration;
import org.pathways.pathways.domain.Aspirations;
import org.pathways.pathways.domain.Completions;
import org.pathways.pathways.domain.EarnedCredentials;
import org.pathways.pathways.domain.Holidays;
import org.pathways.shared.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With profile demo: gives the demo district lived-in pathways. The personas and some of their
 * colleagues have endorsements in progress and complete, access requests pending (some overdue)
 * and decided, aspirations; the district has its holidays. Earned credentials go through the
 * module's own projection, as review's events would put them there.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PathwaysDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PathwaysDemoData.class);
    private static final String PERSONAS =
            "'teacher@example.org', 'coach@example.org', 'principal@example.org', 'admin@example.org'";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EarnedCredentials credentials;
    private final Completions completions;
    private final Aspirations aspirations;
    private final Holidays holidays;
    private final boolean skip;
    private long nextCredentialId = -1;

    PathwaysDemoData(JdbcTemplate jdbc, TransactionTemplate tx, EarnedCredentials credentials, Completions completions,
                     Aspirations aspirations, Holidays holidays, Environment environment,
                     @Value("${pathways.demo.allow-external-database:false}") boolean allowExternal) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.credentials = credentials;
        this.completions = completions;
        this.aspirations = aspirations;
        this.holidays = holidays;
        this.skip = environment.containsProperty("spring.datasource.url") && !allowExternal;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (skip || count("select count(*) from educator where email = 'teacher@example.org'") == 0
                || count("select count(*) from pathways_enrollment") > 0) {
            return;
        }
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> seed());
        log.info("Demo pathways created in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private void seed() {
        LocalDate today = LocalDate.now();
        seedHolidays(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1);
        BusinessCalendar calendar = holidays.calendar();

        long teacher = persona("teacher@example.org");
        enroll(teacher, "ctc-1", 70);
        enroll(teacher, "quality-teaching", 20);
        earn(teacher, "behavioral-expectations", today.minusDays(60));
        earn(teacher, "planning-with-tlac", today.minusDays(41));
        earn(teacher, "routines-and-expectations", today.minusDays(25));
        earn(teacher, "slo-defining", today.minusDays(9));
        credentials.recordInProgress(teacher, "slo-monitoring", -1, 1, "SUBMITTED", Instant.now().minus(3, ChronoUnit.DAYS));
        request(teacher, "mentor-teachers", "I have been asked to mentor two first-year teachers on my grade team.",
                2, null, calendar);
        request(teacher, "department-chairs", "I would like to chair the science department next year.", 45,
                "REJECTED", calendar);
        aspirations.save(teacher, new Aspiration(4, 3, true, false, false,
                "Wants to lead her grade-level PLC next year.", List.of("plc-leader", "mentor-teacher"), null));

        long coach = persona("coach@example.org");
        enroll(coach, "coaches-1", 120);
        earn(coach, "coaching-instructional-improvement", today.minusDays(100));
        earn(coach, "practice-based-pl", today.minusDays(12));
        aspirations.save(coach, new Aspiration(9, 4, true, true, false, null, List.of("instructional-coach-2"), null));

        long principal = persona("principal@example.org");
        request(principal, "aspiring-campus-leaders", "Preparing our assistant principals; I want to model the work.",
                30, "APPROVED", calendar);
        enroll(principal, "aspiring-campus-leaders", 20);
        earn(principal, "adult-learning", today.minusDays(15));

        long admin = persona("admin@example.org");
        enroll(admin, "ctc-1", 10);

        seedColleagues(teacher, today, calendar);
        seedDistrictQueue(teacher, calendar);
    }

    /** Teachers at the personas' campus: some progressing, some complete, some stalled, some waiting for access. */
    private void seedColleagues(long teacher, LocalDate today, BusinessCalendar calendar) {
        List<Long> colleagues = jdbc.queryForList("""
                select id from educator where position = 'Teacher' and active and email not in (%s)
                and campus_id = (select campus_id from educator where id = ?) order by id limit 12""".formatted(PERSONAS), Long.class, teacher);
        String[][] ctcEarned = {{"behavioral-expectations", "planning-with-tlac", "probing-questions"},
                {"behavioral-expectations"}, {"behavioral-expectations", "planning-with-tlac"}, {}};
        for (int i = 0; i < colleagues.size(); i++) {
            long id = colleagues.get(i);
            boolean stalled = i % 4 == 1;
            enroll(id, "ctc-1", stalled ? 90 : 40 - i);
            for (String code : ctcEarned[i % ctcEarned.length]) {
                earn(id, code, today.minusDays(stalled ? 75 : 30 - i));
            }
            if (i % 3 == 0) {
                request(id, i % 2 == 0 ? "plc-leaders" : "interventionists",
                        "My principal asked me to take this on next semester.", i < 6 ? 12 : 1, null, calendar);
            }
        }
    }

    /** Requests from across the district so the admin queue has a realistic spread of ages. */
    private void seedDistrictQueue(long teacher, BusinessCalendar calendar) {
        List<Long> others = jdbc.queryForList("""
                select id from educator where position = 'Teacher' and active and email not in (%s)
                and campus_id <> (select campus_id from educator where id = ?) order by id limit 24""".formatted(PERSONAS), Long.class, teacher);
        String[] endorsements = {"plc-leaders", "mentor-teachers", "gt-1", "stem-1", "interventionists",
                "k1-ela-interventionists"};
        for (int i = 0; i < others.size(); i++) {
            String status = i % 6 == 5 ? "APPROVED" : null;
            request(others.get(i), endorsements[i % endorsements.length],
                    "I lead this work on my campus and want it recognized.", 1 + (i * 2) % 20, status, calendar);
        }
    }

    private void seedHolidays(int schoolYearStart) {
        int y = schoolYearStart;
        Object[][] days = {
                {LocalDate.of(y, 9, 7), "Labor Day"}, {LocalDate.of(y, 10, 12), "Fall holiday"},
                {LocalDate.of(y, 11, 25), "Thanksgiving break"}, {LocalDate.of(y, 11, 26), "Thanksgiving Day"},
                {LocalDate.of(y, 11, 27), "Thanksgiving break"}, {LocalDate.of(y, 12, 24), "Winter break"},
                {LocalDate.of(y, 12, 25), "Christmas Day"}, {LocalDate.of(y, 12, 31), "Winter break"},
                {LocalDate.of(y + 1, 1, 1), "New Year's Day"}, {LocalDate.of(y + 1, 1, 18), "Martin Luther King Jr. Day"},
                {LocalDate.of(y + 1, 2, 15), "Presidents' Day"}, {LocalDate.of(y + 1, 3, 15), "Spring break"},
                {LocalDate.of(y + 1, 3, 16), "Spring break"}, {LocalDate.of(y + 1, 3, 17), "Spring break"},
                {LocalDate.of(y + 1, 3, 18), "Spring break"}, {LocalDate.of(y + 1, 3, 19), "Spring break"},
                {LocalDate.of(y + 1, 5, 31), "Memorial Day"}};
        for (Object[] day : days) {
            holidays.save((LocalDate) day[0], (String) day[1], "demo");
        }
    }

    private long persona(String email) {
        return jdbc.queryForObject("select id from educator where email = ?", Long.class, email);
    }

    private void enroll(long educator, String code, int daysAgo) {
        jdbc.update("""
                insert into pathways_enrollment (educator_id, endorsement_code, added_at) values (?, ?, ?)
                on conflict do nothing""", educator, code, Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS)));
    }

    /** Demo credentials get negative ids so they never meet the ids of credentials review really issues. */
    private void earn(long educator, String code, LocalDate on) {
        credentials.recordEarned(nextCredentialId--, educator, code, on);
        completions.reevaluate(educator, on);
    }

    private void request(long educator, String code, String reason, int daysAgo, String decision,
                         BusinessCalendar calendar) {
        Instant requestedAt = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
        LocalDate due = calendar.addBusinessDays(LocalDate.now().minusDays(daysAgo), 5);
        if (decision == null) {
            jdbc.update("""
                    insert into access_request (educator_id, endorsement_code, reason, status, requested_at, due_on)
                    values (?, ?, ?, 'PENDING', ?, ?) on conflict do nothing""",
                    educator, code, reason, Timestamp.from(requestedAt), due);
            return;
        }
        jdbc.update("""
                insert into access_request (educator_id, endorsement_code, reason, status, requested_at, due_on,
                                            decided_by, decided_at, decision_note)
                values (?, ?, ?, ?, ?, ?, 'admin@example.org', ?, ?)""",
                educator, code, reason, decision, Timestamp.from(requestedAt), due,
                Timestamp.from(requestedAt.plus(2, ChronoUnit.DAYS)),
                "REJECTED".equals(decision) ? "Department chairs are appointed in spring; please ask again in March."
                        : "Approved for this school year.");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}

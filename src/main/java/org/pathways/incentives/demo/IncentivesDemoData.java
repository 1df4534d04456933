package org.pathways.incentives.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.incentives.domain.IncentiveLedger;
import org.pathways.incentives.domain.PayrollBatches;
import org.pathways.incentives.domain.Policies;
import org.pathways.incentives.domain.StipendApprovals;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.pathways.review.CredentialEarned;
import org.pathways.review.CredentialRevoked;
import org.pathways.shared.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With profile demo: CPE credits and stipend lines in every state, one exported payroll batch and a
 * reversal waiting for the next, so the personas have something to look at before anyone has earned a
 * real micro-credential. Lines are made through the ledger itself, with synthetic earned-credential
 * ids from {@link #DEMO_IDS} upwards: that range is reserved for demo data and never used by review.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class IncentivesDemoData implements ApplicationRunner {

    static final long DEMO_IDS = 900_000_000_000L;
    private static final String ADMIN = "admin@example.org";
    private static final Logger log = LoggerFactory.getLogger(IncentivesDemoData.class);

    private final IncentiveLedger ledger;
    private final StipendApprovals approvals;
    private final PayrollBatches payroll;
    private final Policies policies;
    private final PeopleApi people;
    private final CatalogApi catalog;
    private final JdbcTemplate jdbc;

    IncentivesDemoData(IncentiveLedger ledger, StipendApprovals approvals, PayrollBatches payroll, Policies policies,
                       PeopleApi people, CatalogApi catalog, JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.approvals = approvals;
        this.payroll = payroll;
        this.policies = policies;
        this.people = people;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> teacher = people.educatorIdByEmail("teacher@example.org");
        List<MicroCredential> credentials = catalog.microCredentials();
        if (teacher.isEmpty() || credentials.size() < 10 || alreadySeeded()) {
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now();
        SchoolYear year = policies.schoolYearOf(today);
        LocalDate firstDay = year.firstDay(policies.current(year).start());
        AtomicLong ids = new AtomicLong(DEMO_IDS);
        Seeder seed = new Seeder(ids, credentials, firstDay, today);

        // Last year: two credentials, paid.
        LocalDate lastYear = firstDay.minusMonths(8);
        List<CredentialEarned> paid = new ArrayList<>(List.of(seed.earned(teacher.get(), 0, lastYear),
                seed.earned(teacher.get(), 1, lastYear.plusDays(30))));
        // This year for the teacher persona: three paid, one approved, one waiting, one revoked.
        List<CredentialEarned> teacherYear = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            teacherYear.add(seed.earned(teacher.get(), 2 + i, seed.day(i * 9)));
        }
        paid.addAll(teacherYear.subList(0, 3));
        List<CredentialEarned> approved = new ArrayList<>(List.of(teacherYear.get(3)));

        people.educatorIdByEmail("coach@example.org").ifPresent(coach -> {
            seed.earned(coach, 20, seed.day(12));
            approved.add(seed.earned(coach, 21, seed.day(30)));
        });
        people.educatorIdByEmail("principal@example.org").ifPresent(principal -> seed.earned(principal, 22, seed.day(20)));

        // Colleagues across the district: a spread of outcomes, one at the cap and over it.
        List<Long> colleagues = colleagues(teacher.get(), 24);
        for (int c = 0; c < colleagues.size(); c++) {
            long id = colleagues.get(c);
            int count = c == 0 ? 9 : 1 + c % 3;
            for (int i = 0; i < count; i++) {
                CredentialEarned earned = seed.earned(id, c + i * 5, seed.day((c * 3 + i * 11) % 90));
                if (c % 4 == 0) {
                    paid.add(earned);
                } else if (c % 4 == 1) {
                    approved.add(earned);
                }
            }
        }
        seed.all().forEach(ledger::recordEarned);
        approveLines(paid);
        payroll.export(ADMIN);
        approveLines(approved);
        ledger.recordRevoked(revoked(teacherYear.get(5), today, "Evidence was submitted twice by mistake"));
        if (paid.size() > 4) {
            // revoked after it was paid: a negative line waits for the next batch
            ledger.recordRevoked(revoked(paid.get(paid.size() - 1), today, "Copied evidence found in a later review"));
        }
        log.info("Incentives demo data: {} earned micro-credentials, one payroll batch, in {} ms", seed.all().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private boolean alreadySeeded() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from cpe_credit where earned_credential_id >= ?)", Boolean.class, DEMO_IDS));
    }

    /** Staff near the teacher persona on the roster: teachers mostly, a few other positions. */
    private List<Long> colleagues(long teacherId, int count) {
        List<Long> found = new ArrayList<>();
        for (long id = teacherId + 45; found.size() < count && id < teacherId + 45 + count * 20; id += 7) {
            people.educator(id).filter(EducatorProfile::active).ifPresent(e -> found.add(e.id()));
        }
        return found;
    }

    private void approveLines(List<CredentialEarned> earned) {
        for (CredentialEarned e : earned) {
            jdbc.queryForList("select id from stipend_line where earned_credential_id = ? and status = 'PENDING'",
                    Long.class, e.earnedCredentialId()).forEach(line -> approvals.approve(line, ADMIN));
        }
    }

    private static CredentialRevoked revoked(CredentialEarned earned, LocalDate on, String reason) {
        return new CredentialRevoked(earned.earnedCredentialId(), earned.educatorId(), earned.microCredentialCode(), on,
                reason, ADMIN);
    }

    /** Makes earned events with demo ids, dated inside the running school year and never in the future. */
    private static final class Seeder {

        private final AtomicLong ids;
        private final List<MicroCredential> credentials;
        private final LocalDate firstDay;
        private final LocalDate today;
        private final List<CredentialEarned> all = new ArrayList<>();

        Seeder(AtomicLong ids, List<MicroCredential> credentials, LocalDate firstDay, LocalDate today) {
            this.ids = ids;
            this.credentials = credentials;
            this.firstDay = firstDay;
            this.today = today;
        }

        LocalDate day(int offset) {
            LocalDate day = firstDay.plusDays(offset);
            return day.isAfter(today) ? today : day;
        }

        CredentialEarned earned(long educatorId, int credential, LocalDate on) {
            MicroCredential m = credentials.get(credential % credentials.size());
            long id = ids.incrementAndGet();
            CredentialEarned earned = new CredentialEarned(id, educatorId, m.code(), m.version(), on, m.cpeHours(), id);
            all.add(earned);
            return earned;
        }

        List<CredentialEarned> all() {
            return all;
        }
    }
}

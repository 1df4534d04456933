package org.pathways.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathways.incentives.Fixtures.earned;
import static org.pathways.incentives.Fixtures.revoked;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.incentives.StipendApproved;
import org.pathways.incentives.domain.IncentiveLedger;
import org.pathways.incentives.domain.IncentivePolicy;
import org.pathways.incentives.domain.PayrollBatch;
import org.pathways.incentives.domain.PayrollBatches;
import org.pathways.incentives.domain.PolicyChange;
import org.pathways.incentives.domain.Policies;
import org.pathways.incentives.domain.StipendApprovals;
import org.pathways.review.CredentialEarned;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@DemoDistrictTest
@RecordApplicationEvents
class IncentiveLedgerTests implements PostgresTest {

    @Autowired
    IncentiveLedger ledger;
    @Autowired
    StipendApprovals approvals;
    @Autowired
    PayrollBatches payroll;
    @Autowired
    Policies policies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc);
    }

    @Test
    void eligibilityFollowsPositionOrPayBand() {
        LocalDate day = LocalDate.of(2025, 10, 1);
        CredentialEarned teacher3 = earned(fixtures.educator("Teacher", 3), day);
        CredentialEarned coordinator5 = earned(fixtures.educator("Coordinator", 5), day);
        CredentialEarned assistantPrincipal7 = earned(fixtures.educator("Assistant Principal", 7), day);
        CredentialEarned counselor4 = earned(fixtures.educator("Counselor", 4), day);
        List.of(teacher3, coordinator5, assistantPrincipal7, counselor4).forEach(ledger::recordEarned);

        assertThat(fixtures.line(teacher3)).containsEntry("outcome", "AWARDED").containsEntry("status", "PENDING")
                .containsEntry("amount", new BigDecimal("200.00"));
        assertThat(fixtures.line(coordinator5)).containsEntry("outcome", "AWARDED");
        assertThat(fixtures.line(assistantPrincipal7)).containsEntry("outcome", "NOT_ELIGIBLE")
                .containsEntry("status", "UNPAID").containsEntry("amount", new BigDecimal("0.00"));
        assertThat(fixtures.line(counselor4)).containsEntry("outcome", "NOT_ELIGIBLE");
        // CPE hours are credited whatever the stipend outcome
        assertThat(jdbc.queryForObject("select sum(hours) from cpe_credit where earned_credential_id in (?, ?)",
                BigDecimal.class, assistantPrincipal7.earnedCredentialId(), counselor4.earnedCredentialId()))
                .isEqualByComparingTo("30");
    }

    @Test
    void theCapCountsPerSchoolYearFromTheFirstOfAugust() {
        long teacher = fixtures.educator("Teacher", 2);
        List<CredentialEarned> year = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            year.add(earned(teacher, LocalDate.of(2025, 8, 1).plusDays(i * 40)));
        }
        CredentialEarned lastDayOfJuly = earned(teacher, LocalDate.of(2026, 7, 31));
        CredentialEarned firstOfAugust = earned(teacher, LocalDate.of(2026, 8, 1));
        year.forEach(ledger::recordEarned);
        ledger.recordEarned(lastDayOfJuly);
        ledger.recordEarned(firstOfAugust);

        assertThat(year).allSatisfy(e -> assertThat(fixtures.outcome(e)).isEqualTo("AWARDED"));
        assertThat(fixtures.line(lastDayOfJuly)).containsEntry("outcome", "OVER_CAP")
                .containsEntry("school_year", "2025-2026").containsEntry("amount", new BigDecimal("0.00"));
        assertThat(fixtures.line(firstOfAugust)).containsEntry("outcome", "AWARDED")
                .containsEntry("school_year", "2026-2027");
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        CredentialEarned earned = earned(fixtures.educator("Teacher", 1), LocalDate.of(2025, 9, 3));
        ledger.recordEarned(earned);
        ledger.recordEarned(earned);
        assertThat(count("stipend_line", earned)).isEqualTo(1);
        assertThat(count("cpe_credit", earned)).isEqualTo(1);
    }

    @Test
    void cpeHoursComeFromTheMicroCredentialOrThePolicyDefault() {
        long teacher = fixtures.educator("Teacher", 1);
        CredentialEarned twenty = earned(teacher, LocalDate.of(2025, 9, 3), "teaching-phonics", new BigDecimal("20"));
        CredentialEarned unknown = earned(teacher, LocalDate.of(2025, 9, 4), "teaching-phonics", null);
        ledger.recordEarned(twenty);
        ledger.recordEarned(unknown);
        assertThat(hours(twenty)).isEqualByComparingTo("20");
        assertThat(hours(unknown)).isEqualByComparingTo("15");
    }

    @Test
    void aPolicyChangeMidYearAppliesToLaterDecisionsOnly() {
        SchoolYear year = new SchoolYear(2031);
        long teacher = fixtures.educator("Teacher", 3);
        CredentialEarned before = earned(teacher, LocalDate.of(2031, 9, 1));
        ledger.recordEarned(before);
        IncentivePolicy v1 = policies.current(year);
        PolicyChange raise = new PolicyChange(year, v1.startsOn(), Money.usd(250), 8, Set.of("Teacher"),
                Set.of(5, 6), new BigDecimal("15"), new BigDecimal("5"), new BigDecimal("40"), "Board raised stipends");
        IncentivePolicy v2 = policies.change(raise, v1.version(), "admin@example.org");
        CredentialEarned after = earned(teacher, LocalDate.of(2032, 2, 1));
        ledger.recordEarned(after);

        assertThat(v2.version()).isEqualTo(v1.version() + 1);
        assertThat(fixtures.line(before)).containsEntry("amount", new BigDecimal("200.00"))
                .containsEntry("policy_id", v1.id());
        assertThat(fixtures.line(after)).containsEntry("amount", new BigDecimal("250.00"))
                .containsEntry("policy_id", v2.id());
        assertThat(policies.versions(year)).extracting(IncentivePolicy::version).containsExactly(2, 1);
        assertThatThrownBy(() -> jdbc.update("update incentive_policy set stipend_amount = 1 where id = ?", v1.id()))
                .as("a stored version never changes").hasMessageContaining("never changed");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'INCENTIVE_POLICY_CHANGED' and subject_id = ?""",
                Long.class, year + " v2")).isEqualTo(1);
    }

    @Test
    void revokingBeforeExportReversesTheLineAndTheCpeCreditAndFreesThePlace() {
        long teacher = fixtures.educator("Teacher", 3);
        CredentialEarned earned = earned(teacher, LocalDate.of(2025, 11, 5));
        ledger.recordEarned(earned);
        ledger.recordRevoked(revoked(earned, LocalDate.of(2025, 12, 1)));
        ledger.recordRevoked(revoked(earned, LocalDate.of(2025, 12, 1)));

        assertThat(fixtures.line(earned)).containsEntry("status", "REVERSED").containsEntry("cap_slot", null)
                .containsEntry("amount", new BigDecimal("200.00"));
        assertThat(count("stipend_line", earned)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select sum(hours) from cpe_credit where earned_credential_id = ?",
                BigDecimal.class, earned.earnedCredentialId())).isEqualByComparingTo("0");
        assertThat(count("cpe_credit", earned)).isEqualTo(2);
    }

    @Test
    void revokingAfterExportPutsANegativeLineIntoTheNextBatch() {
        long teacher = fixtures.educator("Teacher", 3);
        CredentialEarned earned = earned(teacher, LocalDate.of(2025, 11, 5));
        ledger.recordEarned(earned);
        long lineId = (Long) fixtures.line(earned).get("id");
        assertThat(approvals.approve(lineId, "admin@example.org")).isTrue();
        PayrollBatch paid = payroll.export("admin@example.org").orElseThrow();

        ledger.recordRevoked(revoked(earned, LocalDate.of(2026, 1, 10)));
        ledger.recordRevoked(revoked(earned, LocalDate.of(2026, 1, 10)));

        assertThat(fixtures.line(earned)).containsEntry("status", "EXPORTED").containsEntry("batch_id", paid.id());
        Map<String, Object> reversal = jdbc.queryForMap("select * from stipend_line where reverses_line_id = ?", lineId);
        assertThat(reversal).containsEntry("amount", new BigDecimal("-200.00")).containsEntry("status", "APPROVED")
                .containsEntry("outcome", "REVERSAL");
        PayrollBatch next = payroll.export("admin@example.org").orElseThrow();
        String csv = new String(payroll.csv(next.id()).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(",teaching-phonics,2025-11-05,-200.00,REVERSAL," + next.id());
        assertThat(jdbc.queryForObject("select status from stipend_line where id = ?", String.class,
                reversal.get("id"))).isEqualTo("EXPORTED");
    }

    @Test
    void approvingAStipendAnnouncesItOnceAndIsAudited(ApplicationEvents published) {
        CredentialEarned earned = earned(fixtures.educator("Teacher", 3), LocalDate.of(2025, 10, 2));
        ledger.recordEarned(earned);
        long lineId = (Long) fixtures.line(earned).get("id");
        assertThat(approvals.approve(lineId, "admin@example.org")).isTrue();
        assertThat(approvals.approve(lineId, "someone-else@example.org")).isFalse();

        assertThat(published.stream(StipendApproved.class).filter(e -> e.stipendLineId() == lineId))
                .singleElement().satisfies(e -> {
                    assertThat(e.amountUsd()).isEqualByComparingTo("200");
                    assertThat(e.approvedBy()).isEqualTo("admin@example.org");
                });
        assertThat(fixtures.line(earned)).containsEntry("status", "APPROVED").containsEntry("approved_by",
                "admin@example.org");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'STIPEND_APPROVED'"
                + " and subject_id = ?", Long.class, String.valueOf(lineId))).isEqualTo(1);
    }

    @Test
    void reviewsEventReachesTheLedgerThroughTheEventRegistry() {
        CredentialEarned earned = earned(fixtures.educator("Teacher", 3), LocalDate.of(2025, 10, 20));
        tx.executeWithoutResult(status -> events.publishEvent(earned));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> count("stipend_line", earned) > 0);
        assertThat(fixtures.outcome(earned)).isEqualTo("AWARDED");
    }

    private long count(String table, CredentialEarned earned) {
        return jdbc.queryForObject("select count(*) from " + table + " where earned_credential_id = ?", Long.class,
                earned.earnedCredentialId());
    }

    private BigDecimal hours(CredentialEarned earned) {
        return jdbc.queryForObject("select hours from cpe_credit where earned_credential_id = ?", BigDecimal.class,
                earned.earnedCredentialId());
    }
}

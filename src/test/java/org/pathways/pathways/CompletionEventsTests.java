package org.pathways.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pathways.portfolio.StartPermission;
import org.pathways.portfolio.SubmissionSubmitted;
import org.pathways.review.CredentialEarned;
import org.pathways.review.CredentialRevoked;
import org.pathways.review.SubmissionReturned;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Completion is driven only by review's and portfolio's events, published here as those modules would. */
@PathwaysIntegrationTest
class CompletionEventsTests implements PostgresTest {

    static final AtomicLong IDS = new AtomicLong(7_000_000);
    static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PathwaysApi pathways;
    @Autowired
    PathwaysTestSupport.CompletedEvents completed;
    @Autowired
    StartPermission startPermission;
    @Autowired
    JdbcTemplate jdbc;

    long earn(long educator, String code) {
        long id = IDS.incrementAndGet();
        publish(new CredentialEarned(id, educator, code, 1, DAY, new BigDecimal("15"), id));
        return id;
    }

    void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    @Test
    void earningTheLastNeededCredentialCompletesTheEndorsementOnce() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        earn(educator, "behavioral-expectations");
        long planning = earn(educator, "planning-with-tlac");
        await().atMost(Duration.ofSeconds(10)).until(() -> earnedCount(educator) == 2);
        assertThat(pathways.completedEndorsements(educator)).doesNotContain("ctc-1");

        earn(educator, "effective-discussions");
        await().atMost(Duration.ofSeconds(10)).until(() -> pathways.completedEndorsements(educator).contains("ctc-1"));
        // The same event delivered twice changes nothing.
        publish(new CredentialEarned(planning, educator, "planning-with-tlac", 1, DAY, new BigDecimal("15"), planning));
        earn(educator, "probing-questions");
        await().atMost(Duration.ofSeconds(10)).until(() -> earnedCount(educator) == 4);

        assertThat(completed.of(educator)).extracting(EndorsementCompleted::endorsementCode).containsOnlyOnce("ctc-1");
    }

    @Test
    void revokingACredentialWithdrawsTheCompletion() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        earn(educator, "behavioral-expectations");
        earn(educator, "planning-with-tlac");
        long third = earn(educator, "habits-of-writing");
        await().atMost(Duration.ofSeconds(10)).until(() -> pathways.completedEndorsements(educator).contains("ctc-1"));

        publish(new CredentialRevoked(third, educator, "habits-of-writing", DAY.plusDays(30), "copied evidence",
                "admin@example.org"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !pathways.completedEndorsements(educator).contains("ctc-1"));
        assertThat(jdbc.queryForObject("select revoked_on from pathways_earned_credential where earned_credential_id = ?",
                LocalDate.class, third)).isEqualTo(DAY.plusDays(30));
    }

    @Test
    void prerequisiteOpensOnceCompleteAndStartPermissionFollowsTheRules() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        assertThat(startPermission.refusal(educator, "equity-mindset")).hasValueSatisfying(reason ->
                assertThat(reason).contains("Complete Critical Teaching Competencies Level I first"));
        assertThat(startPermission.refusal(educator, "behavioral-expectations")).isEmpty();
        assertThat(startPermission.refusal(educator, "no-such-credential")).isPresent();

        earn(educator, "behavioral-expectations");
        earn(educator, "planning-with-tlac");
        earn(educator, "shared-values");
        await().atMost(Duration.ofSeconds(10)).until(() -> pathways.completedEndorsements(educator).contains("ctc-1"));
        assertThat(startPermission.refusal(educator, "equity-mindset")).isEmpty();
    }

    @Test
    void submissionsShowAsInProgressUntilEarned() {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        publish(new SubmissionSubmitted(901, educator, "slo-defining", 1, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> state(educator, "slo-defining") != null);
        publish(new SubmissionReturned(901, educator, "slo-defining", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> "RETURNED".equals(state(educator, "slo-defining")));
        earn(educator, "slo-defining");
        await().atMost(Duration.ofSeconds(10)).until(() -> state(educator, "slo-defining") == null);
    }

    long earnedCount(long educator) {
        return jdbc.queryForObject("select count(*) from pathways_earned_credential where educator_id = ?", Long.class,
                educator);
    }

    String state(long educator, String code) {
        return jdbc.query("select state from pathways_in_progress where educator_id = ? and micro_credential_code = ?",
                rs -> rs.next() ? rs.getString(1) : null, educator, code);
    }
}

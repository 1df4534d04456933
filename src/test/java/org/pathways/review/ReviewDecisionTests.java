package org.pathways.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.domain.SubmissionStateException;
import org.pathways.portfolio.support.PortfolioFixtures;
import org.pathways.portfolio.support.SubmissionDriver;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.DecisionConflictException;
import org.pathways.review.domain.NotAllowedException;
import org.pathways.review.domain.ReviewQueue;
import org.pathways.review.domain.ReviewService;
import org.pathways.review.domain.Scoring;
import org.pathways.review.domain.ScoringRejectedException;
import org.pathways.review.notify.OutboxSender;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DemoDistrictTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "pathways.review.outbox-interval=PT1H"})
@RecordApplicationEvents
class ReviewDecisionTests implements PostgresTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewQueue queue;
    @Autowired
    Assignments assignments;
    @Autowired
    SubmissionService submissions;
    @Autowired
    SubmissionQueries queries;
    @Autowired
    CatalogApi catalog;
    @Autowired
    OutboxSender outbox;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    PortfolioFixtures fixtures() {
        return new PortfolioFixtures(jdbc);
    }

    SubmissionDriver driver() {
        return new SubmissionDriver(submissions, queries, catalog);
    }

    PathwaysUser user(String email) {
        return (PathwaysUser) users.loadUserByUsername(email);
    }

    /** Another person with the reviewer role, assigned to the code. */
    PathwaysUser otherReviewer(String code) {
        String email = jdbc.queryForObject("""
                select e.email from educator e join account_role r on r.educator_id = e.id and r.role = 'REVIEWER'
                where e.email <> 'coach@example.org' order by e.id limit 1""", String.class);
        PathwaysUser reviewer = user(email);
        assignments.assign(reviewer.educatorId(), code, "admin@example.org");
        return reviewer;
    }

    String code(int index) {
        return fixtures().microCredentialsWithTextAndFiles().get(10 + index);
    }

    PathwaysUser coachAssignedTo(String code) {
        PathwaysUser coach = user("coach@example.org");
        assignments.assign(coach.educatorId(), code, "admin@example.org");
        return coach;
    }

    Scoring scoring(String code, boolean pass, SubmissionOutcome outcome) {
        MicroCredential credential = catalog.microCredential(code).orElseThrow();
        Map<Integer, Integer> scores = new HashMap<>();
        credential.rubric().forEach(c -> scores.put(c.position(), pass ? credential.passingScore()
                : c.levels().get(0).score()));
        Map<Integer, String> feedback = new HashMap<>();
        credential.evidenceParts().forEach(p -> feedback.put(p.position(), "Feedback on " + p.title()));
        return new Scoring(scores, feedback, outcome);
    }

    long version(long submissionId) {
        return jdbc.queryForObject("select row_version from submission where id = ?", Long.class, submissionId);
    }

    @Test
    void returnedThenResubmittedThenEarnedWithEventsAuditAndEmails() throws Exception {
        String code = code(0);
        PathwaysUser coach = coachAssignedTo(code);
        var teacher = fixtures().freshEducator();
        long first = driver().submitted(teacher, code);
        assertThat(queue.entries(coach, code, null)).anyMatch(e -> e.submission().id() == first);

        reviews.begin(coach, first);
        assertThatThrownBy(() -> submissions.withdraw(teacher.id(), first, teacher.email()))
                .isInstanceOf(SubmissionStateException.class);
        assertThatThrownBy(() -> reviews.decide(coach, first, version(first), scoring(code, false, SubmissionOutcome.EARNED)))
                .isInstanceOf(ScoringRejectedException.class).hasMessageContaining("Earned needs every criterion");
        Scoring incomplete = scoring(code, false, SubmissionOutcome.NEEDS_REVISION);
        incomplete.feedbackByPart().put(1, " ");
        assertThatThrownBy(() -> reviews.decide(coach, first, version(first), incomplete))
                .isInstanceOf(ScoringRejectedException.class).hasMessageContaining("Write feedback on");

        reviews.decide(coach, first, version(first), scoring(code, false, SubmissionOutcome.NEEDS_REVISION));
        assertThat(queries.ownDetail(teacher.id(), first).orElseThrow().status())
                .isEqualTo(SubmissionStatus.NEEDS_REVISION);
        assertThat(events.stream(SubmissionReturned.class).filter(e -> e.submissionId() == first))
                .singleElement().satisfies(e -> assertThat(e.attempt()).isEqualTo(1));

        long second = submissions.start(teacher.id(), code, teacher.email());
        assertThat(queries.ownDetail(teacher.id(), second).orElseThrow().attempt()).isEqualTo(2);
        assertThat(driver().submit(teacher, second)).isEmpty();
        reviews.begin(coach, second);
        reviews.decide(coach, second, version(second), scoring(code, true, SubmissionOutcome.EARNED));
        assertThat(queries.ownDetail(teacher.id(), second).orElseThrow().status()).isEqualTo(SubmissionStatus.EARNED);
        assertThat(count("select count(*) from earned_credential where submission_id = ?", second)).isEqualTo(1);
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == second))
                .singleElement().satisfies(e -> {
                    assertThat(e.educatorId()).isEqualTo(teacher.id());
                    assertThat(e.microCredentialCode()).isEqualTo(code);
                    assertThat(e.cpeHours()).isPositive();
                });
        assertThat(count("select count(*) from audit_event where action = 'REVIEW_DECIDED' and subject_id in (?, ?)",
                String.valueOf(first), String.valueOf(second))).isEqualTo(2);
        assertThatThrownBy(() -> submissions.start(teacher.id(), code, teacher.email()))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining("already earned");

        awaitOutbox(teacher.email(), 4);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessagesForDomain(teacher.email())) {
            subjects.add(m.getSubject());
        }
        String title = catalog.microCredential(code).orElseThrow().title();
        assertThat(subjects).containsExactlyInAnyOrder("Submitted: " + title, "Feedback on " + title,
                "Submitted: " + title, "You earned " + title);
    }

    @Test
    void unassignedReviewersAndTheOwnerCannotReviewAndOnlyAdminsRevoke() {
        String code = code(1);
        var teacher = fixtures().freshEducator();
        long id = driver().submitted(teacher, code);
        PathwaysUser coach = user("coach@example.org");
        assignments.unassign(coach.educatorId(), code, "admin@example.org");
        assertThatThrownBy(() -> reviews.reviewable(coach, id)).isInstanceOf(NotAllowedException.class);
        assertThat(queue.entries(coach, code, null)).isEmpty();

        PathwaysUser admin = user("admin@example.org");
        assertThat(reviews.reviewable(admin, id).id()).isEqualTo(id);

        PathwaysUser reviewerAsAuthor = coachAssignedTo(code);
        long own = driver().submitted(new PortfolioFixtures.Person(reviewerAsAuthor.educatorId(), "coach@example.org"),
                code);
        assertThatThrownBy(() -> reviews.reviewable(reviewerAsAuthor, own)).isInstanceOf(NotAllowedException.class);
        assertThat(queue.entries(reviewerAsAuthor, code, null)).noneMatch(e -> e.submission().id() == own);
        submissions.withdraw(reviewerAsAuthor.educatorId(), own, "coach@example.org");

        reviews.begin(admin, id);
        reviews.decide(admin, id, version(id), scoring(code, true, SubmissionOutcome.EARNED));
        assertThatThrownBy(() -> reviews.revoke(reviewerAsAuthor, id, "copied evidence"))
                .isInstanceOf(NotAllowedException.class);
        reviews.revoke(admin, id, "Copied evidence found after the decision");
        assertThat(queries.ownDetail(teacher.id(), id).orElseThrow().status()).isEqualTo(SubmissionStatus.REVOKED);
        assertThat(count("select count(*) from earned_credential where submission_id = ? and revoked_on is not null",
                id)).isEqualTo(1);
        assertThat(events.stream(CredentialRevoked.class).filter(e -> e.educatorId() == teacher.id()))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Copied evidence found after the decision"));
        assertThat(count("select count(*) from audit_event where action = 'CREDENTIAL_REVOKED'")).isPositive();
    }

    @Test
    void twoReviewersDecidingAtOnceMakeExactlyOneDecision() throws Exception {
        String code = code(2);
        PathwaysUser coach = coachAssignedTo(code);
        PathwaysUser other = otherReviewer(code);
        var teacher = fixtures().freshEducator();
        long id = driver().submitted(teacher, code);
        reviews.begin(coach, id);
        long seen = version(id);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> a = pool.submit(() -> {
                go.await();
                return reviews.decide(coach, id, seen, scoring(code, true, SubmissionOutcome.EARNED));
            });
            Future<Object> b = pool.submit(() -> {
                go.await();
                return reviews.decide(other, id, seen, scoring(code, false, SubmissionOutcome.NEEDS_REVISION));
            });
            go.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<Object> f : List.of(a, b)) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).singleElement().isInstanceOf(DecisionConflictException.class)
                    .extracting(Throwable::getMessage).asString().contains("Another reviewer recorded a decision");
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from review_decision where submission_id = ?", id)).isEqualTo(1);
        String outcome = jdbc.queryForObject("select outcome from review_decision where submission_id = ?",
                String.class, id);
        assertThat(queries.ownDetail(teacher.id(), id).orElseThrow().status().name()).isEqualTo(outcome);
        assertThat(count("select count(*) from earned_credential where submission_id = ?", id))
                .isEqualTo(outcome.equals("EARNED") ? 1 : 0);
    }

    @Test
    void emailsWaitInTheOutboxWhileTheMailServerIsDownAndAreSentLater() throws Exception {
        String recipient = "outage-" + System.nanoTime() + "@example.org";
        jdbc.update("insert into notification_outbox (recipient, subject, body) values (?, 'Test', 'Body')", recipient);
        mail.stop();
        outbox.sendDue();
        assertThat(count("select count(*) from notification_outbox where recipient = ? and sent_at is null "
                + "and attempts = 1 and next_try_at > now()", recipient)).isEqualTo(1);
        mail.start();
        jdbc.update("update notification_outbox set next_try_at = now() where recipient = ?", recipient);
        outbox.sendDue();
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(mail.getReceivedMessagesForDomain(recipient)).hasSize(1);
        assertThat(count("select count(*) from notification_outbox where recipient = ? and sent_at is not null",
                recipient)).isEqualTo(1);
    }

    void awaitOutbox(String recipient, int expected) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .alias("Expected " + expected + " emails to " + recipient)
                .until(() -> {
                    outbox.sendDue();
                    return mail.getReceivedMessagesForDomain(recipient).length >= expected;
                });
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}

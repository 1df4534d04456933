package org.pathways.review.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.review.CredentialRevoked;
import org.pathways.review.notify.Notifications;
import org.pathways.shared.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and scoring a submission, and revocations. */
@Service
@Transactional
public class ReviewService {

    static final ZoneId DISTRICT_ZONE = ZoneId.of("America/Chicago");

    private final PortfolioApi portfolio;
    private final CatalogApi catalog;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Decisions decisions;
    private final SecondScoring secondScoring;
    private final SubmissionReviewers reviewers;

    ReviewService(PortfolioApi portfolio, CatalogApi catalog, Notifications notifications,
                  AuditTrail audit, ApplicationEventPublisher events, JdbcTemplate jdbc, ObjectProvider<Clock> clock,
                  Decisions decisions, SecondScoring secondScoring, SubmissionReviewers reviewers) {
        this.portfolio = portfolio;
        this.catalog = catalog;
        this.decisions = decisions;
        this.secondScoring = secondScoring;
        this.reviewers = reviewers;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The submission if this person may review it: assigned (or admin), and never their own. */
    @Transactional(readOnly = true)
    public SubmissionDetail reviewable(PathwaysUser reviewer, long submissionId) {
        SubmissionDetail submission = portfolio.submission(submissionId).orElseThrow(NotAllowedException::new);
        if (!reviewers.mayOpen(reviewer, submission)) {
            throw new NotAllowedException();
        }
        if (submission.status() == SubmissionStatus.DRAFT || submission.status() == SubmissionStatus.WITHDRAWN) {
            throw new NotAllowedException();
        }
        return submission;
    }

    /** The reviewer opens the scoring: from now on the educator can no longer withdraw. */
    public void begin(PathwaysUser reviewer, long submissionId) {
        SubmissionDetail submission = reviewable(reviewer, submissionId);
        if (submission.status() == SubmissionStatus.SUBMITTED) {
            portfolio.beginReview(submissionId);
            audit.record(reviewer.getUsername(), "REVIEW_STARTED", "submission", String.valueOf(submissionId), null);
        }
    }

    /**
     * Records the scoring: the decision at once, or, for a submission scored twice, the first or second
     * scoring. Of two reviewers deciding at once, the first wins: the submission's version must still be
     * the one the reviewer saw, and a submission has at most one decision.
     */
    public Recorded decide(PathwaysUser reviewer, long submissionId, long expectedVersion, Scoring scoring) {
        SubmissionDetail submission = reviewable(reviewer, submissionId);
        if (submission.status() != SubmissionStatus.IN_REVIEW || submission.version() != expectedVersion) {
            throw new DecisionConflictException();
        }
        MicroCredential credential = catalog.microCredentialVersion(submission.microCredentialCode(),
                submission.microCredentialVersion()).orElseThrow(NotAllowedException::new);
        List<String> problems = scoring.problems(credential);
        if (!problems.isEmpty()) {
            throw new ScoringRejectedException(problems);
        }
        Optional<Recorded> held = secondScoring.take(reviewer, submission, credential, scoring);
        if (held.isPresent()) {
            return held.get();
        }
        decisions.record(submission, credential, reviewer.educatorId(), scoring, expectedVersion);
        audit.record(reviewer.getUsername(), "REVIEW_DECIDED", "submission", String.valueOf(submissionId),
                scoring.outcome().name() + " " + submission.microCredentialCode() + " attempt " + submission.attempt()
                        + " scores " + scoring.scoreByCriterion());
        return Recorded.decided(scoring.outcome());
    }

    /** An admin takes back an earned micro-credential; credits are reversed downstream by the event. */
    public void revoke(PathwaysUser admin, long submissionId, String reason) {
        if (!admin.has(AppRole.ADMIN)) {
            throw new NotAllowedException();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 2000) {
            throw new ReviewException("Give a reason of 5 to 2000 characters; the educator will read it.");
        }
        List<Map<String, Object>> earned = jdbc.queryForList("""
                select id, educator_id, micro_credential_code from earned_credential
                where submission_id = ? and revoked_on is null for update""", submissionId);
        if (earned.isEmpty()) {
            throw new ReviewException("This submission holds no earned micro-credential to revoke.");
        }
        long earnedId = ((Number) earned.get(0).get("id")).longValue();
        long educatorId = ((Number) earned.get(0).get("educator_id")).longValue();
        String code = (String) earned.get(0).get("micro_credential_code");
        LocalDate today = LocalDate.ofInstant(clock.instant(), DISTRICT_ZONE);
        jdbc.update("update earned_credential set revoked_on = ?, revoked_by = ?, revoke_reason = ? where id = ?",
                today, admin.getUsername(), why, earnedId);
        portfolio.recordRevocation(submissionId);
        events.publishEvent(new CredentialRevoked(earnedId, educatorId, code, today, why, admin.getUsername()));
        notifications.tell("revoked-" + submissionId, educatorId, "Micro-credential revoked: " + title(code),
                "The district revoked your micro-credential \u201c" + title(code) + "\u201d. Reason: " + why,
                "/portfolio/submissions/" + submissionId);
        audit.record(admin.getUsername(), "CREDENTIAL_REVOKED", "earned_credential", String.valueOf(earnedId),
                code + ": " + why);
    }

    private String title(String code) {
        return catalog.microCredential(code).map(MicroCredential::title).orElse(code);
    }
}

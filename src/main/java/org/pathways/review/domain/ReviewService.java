package org.pathways.review.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.portfolio.WaitingSubmission;
import org.pathways.review.CredentialEarned;
import org.pathways.review.CredentialRevoked;
import org.pathways.review.SubmissionReturned;
import org.pathways.review.notify.Notifications;
import org.pathways.shared.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review queue, scoring decisions and revocations. */
@Service
@Transactional
public class ReviewService {

    static final ZoneId DISTRICT_ZONE = ZoneId.of("America/Chicago");
    private static final int QUEUE_SIZE = 200;

    private final PortfolioApi portfolio;
    private final CatalogApi catalog;
    private final Assignments assignments;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewService(PortfolioApi portfolio, CatalogApi catalog, Assignments assignments, Notifications notifications,
                  AuditTrail audit, ApplicationEventPublisher events, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.portfolio = portfolio;
        this.catalog = catalog;
        this.assignments = assignments;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A queue row: how long it has waited against the target. */
    public record QueueEntry(WaitingSubmission submission, String microCredentialTitle, long daysWaiting,
                             boolean overdue) {
    }

    /** The queue page, each part read once: the rows, the micro-credentials this person reviews, the policy. */
    public record QueuePage(List<QueueEntry> entries, List<String> codes, ReviewPolicy policy, boolean blind) {
    }

    /**
     * The queue as the reviewer's page shows it: under blind review (admins excepted) the campus filter
     * is ignored, as campuses are not shown.
     */
    @Transactional(readOnly = true)
    public QueuePage queuePage(PathwaysUser reviewer, String code, String campusCode) {
        ReviewPolicy policy = assignments.policy();
        boolean blind = policy.blindReview() && !reviewer.has(AppRole.ADMIN);
        List<String> codes = reviewableCodes(reviewer);
        return new QueuePage(entries(reviewer, codes, code, blind ? null : campusCode, policy.targetDays()), codes,
                policy, blind);
    }

    /** Waiting submissions this person may review, oldest first; their own are never listed. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(PathwaysUser reviewer, String code, String campusCode) {
        return entries(reviewer, reviewableCodes(reviewer), code, campusCode, assignments.policy().targetDays());
    }

    private List<String> reviewableCodes(PathwaysUser reviewer) {
        return reviewer.has(AppRole.ADMIN)
                ? catalog.microCredentials().stream().map(MicroCredential::code).toList()
                : assignments.codesFor(reviewer.educatorId());
    }

    private List<QueueEntry> entries(PathwaysUser reviewer, List<String> codes, String code, String campusCode,
                                     int targetDays) {
        if (code != null && !code.isBlank()) {
            codes = codes.contains(code) ? List.of(code) : List.of();
        }
        Instant now = clock.instant();
        return portfolio.waiting(codes, campusCode, QUEUE_SIZE).stream()
                .filter(w -> w.educatorId() != reviewer.educatorId())
                .map(w -> {
                    long days = Duration.between(w.submittedAt(), now).toDays();
                    return new QueueEntry(w, title(w.microCredentialCode()), days, days > targetDays);
                }).toList();
    }

    /** The submission if this person may review it: assigned (or admin), and never their own. */
    @Transactional(readOnly = true)
    public SubmissionDetail reviewable(PathwaysUser reviewer, long submissionId) {
        SubmissionDetail submission = portfolio.submission(submissionId).orElseThrow(NotAllowedException::new);
        if (submission.educatorId() == reviewer.educatorId()) {
            throw new NotAllowedException();
        }
        if (!reviewer.has(AppRole.ADMIN) && !assignments.isAssigned(reviewer.educatorId(),
                submission.microCredentialCode())) {
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
     * Records the decision. Of two reviewers deciding at once, the first wins: the submission's
     * version must still be the one the reviewer saw, and a submission has at most one decision.
     */
    public SubmissionOutcome decide(PathwaysUser reviewer, long submissionId, long expectedVersion, Scoring scoring) {
        SubmissionDetail submission = reviewable(reviewer, submissionId);
        if (submission.status() != SubmissionStatus.IN_REVIEW || submission.version() != expectedVersion) {
            throw new DecisionConflictException();
        }
        MicroCredential credential = catalog.microCredential(submission.microCredentialCode())
                .orElseThrow(NotAllowedException::new);
        List<String> problems = scoring.problems(credential);
        if (!problems.isEmpty()) {
            throw new ScoringRejectedException(problems);
        }
        try {
            portfolio.recordDecision(submissionId, expectedVersion, scoring.outcome());
        } catch (OptimisticLockingFailureException e) {
            throw new DecisionConflictException();
        }
        Instant now = clock.instant();
        long decisionId;
        try {
            decisionId = jdbc.queryForObject("""
                    insert into review_decision (submission_id, reviewer_id, outcome, decided_at) values (?, ?, ?, ?)
                    returning id""", Long.class, submissionId, reviewer.educatorId(), scoring.outcome().name(),
                    java.sql.Timestamp.from(now));
        } catch (DuplicateKeyException e) {
            throw new DecisionConflictException();
        }
        for (MicroCredential.RubricCriterion criterion : credential.rubric()) {
            int score = scoring.scoreByCriterion().get(criterion.position());
            String label = criterion.levels().stream().filter(l -> l.score() == score).findFirst().orElseThrow().label();
            jdbc.update("""
                    insert into review_score (decision_id, criterion_position, criterion_title, score, level_label)
                    values (?, ?, ?, ?, ?)""", decisionId, criterion.position(), criterion.title(), score, label);
        }
        for (MicroCredential.EvidencePart part : credential.evidenceParts()) {
            jdbc.update("insert into review_feedback (decision_id, part_position, feedback) values (?, ?, ?)",
                    decisionId, part.position(), scoring.feedbackByPart().get(part.position()).strip());
        }
        String link = "/portfolio/submissions/" + submissionId;
        if (scoring.outcome() == SubmissionOutcome.EARNED) {
            LocalDate earnedOn = LocalDate.ofInstant(now, DISTRICT_ZONE);
            BigDecimal cpeHours = jdbc.queryForObject("""
                    select v.cpe_hours from micro_credential_version v join micro_credential m on m.id = v.micro_credential_id
                    where m.code = ? and v.number = ?""", BigDecimal.class, submission.microCredentialCode(),
                    submission.microCredentialVersion());
            long earnedId = jdbc.queryForObject("""
                    insert into earned_credential (submission_id, educator_id, micro_credential_code,
                                                   micro_credential_version, earned_on, cpe_hours)
                    values (?, ?, ?, ?, ?, ?) returning id""", Long.class, submissionId, submission.educatorId(),
                    submission.microCredentialCode(), submission.microCredentialVersion(), earnedOn, cpeHours);
            events.publishEvent(new CredentialEarned(earnedId, submission.educatorId(), submission.microCredentialCode(),
                    submission.microCredentialVersion(), earnedOn, cpeHours, submissionId));
            notifications.tell("earned-" + submissionId, submission.educatorId(), "You earned " + credential.title(),
                    "Congratulations: your portfolio for \u201c" + credential.title() + "\u201d has been reviewed and you "
                            + "earned the micro-credential. Read the scores and feedback in Pathways.", link);
        } else {
            events.publishEvent(new SubmissionReturned(submissionId, submission.educatorId(),
                    submission.microCredentialCode(), submission.attempt()));
            notifications.tell("returned-" + submissionId, submission.educatorId(), "Feedback on " + credential.title(),
                    "Your portfolio for \u201c" + credential.title() + "\u201d (attempt " + submission.attempt()
                            + ") needs revision. Read the feedback on each part in Pathways"
                            + (submission.attempt() < 3 ? " and resubmit when you are ready." : "."), link);
        }
        audit.record(reviewer.getUsername(), "REVIEW_DECIDED", "submission", String.valueOf(submissionId),
                scoring.outcome().name() + " " + submission.microCredentialCode() + " attempt " + submission.attempt()
                        + " scores " + scoring.scoreByCriterion());
        return scoring.outcome();
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

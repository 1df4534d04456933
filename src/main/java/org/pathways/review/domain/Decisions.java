package org.pathways.review.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.review.CredentialEarned;
import org.pathways.review.SubmissionReturned;
import org.pathways.review.notify.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a decision final: the submission's outcome (at the version the decider saw), the decision
 * with its scores and feedback, the earned credential, the event and the educator's notification.
 * A submission has one decision (unique key), so whatever path leads here, the event goes out once.
 */
@Component
class Decisions {

    private final PortfolioApi portfolio;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Decisions(PortfolioApi portfolio, Notifications notifications, ApplicationEventPublisher events, JdbcTemplate jdbc,
              ObjectProvider<Clock> clock) {
        this.portfolio = portfolio;
        this.notifications = notifications;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(SubmissionDetail submission, MicroCredential credential, long reviewerId, Scoring scoring,
                long expectedVersion) {
        long submissionId = submission.id();
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
                    returning id""", Long.class, submissionId, reviewerId, scoring.outcome().name(), Timestamp.from(now));
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
            LocalDate earnedOn = LocalDate.ofInstant(now, ReviewService.DISTRICT_ZONE);
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
    }
}

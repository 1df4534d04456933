package org.pathways.review.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.Assessment;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.shared.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions whose two scorings reached different decisions. An admin reads both side by side and
 * settles the outcome with a note; the scoring that supports it becomes the decision. Of two admins
 * settling at once, the first wins: the settlement carries the version the admin saw.
 */
@Service
@Transactional
public class Disagreements {

    private final ScoringRounds rounds;
    private final Decisions decisions;
    private final PortfolioApi portfolio;
    private final CatalogApi catalog;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Disagreements(ScoringRounds rounds, Decisions decisions, PortfolioApi portfolio, CatalogApi catalog,
                  AuditTrail audit, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.rounds = rounds;
        this.decisions = decisions;
        this.portfolio = portfolio;
        this.catalog = catalog;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A row of the admin's list. */
    public record Waiting(long submissionId, String microCredentialTitle, int attempt, Instant since) {
    }

    /** Both scorings of one submission, as the admin compares them. */
    public record Disagreement(SubmissionDetail submission, MicroCredential credential, List<Scored> scorings,
                               long version) {
    }

    public record Scored(int round, String reviewerName, Assessment assessment) {
    }

    @Transactional(readOnly = true)
    public List<Waiting> waiting() {
        return jdbc.query("""
                select s.submission_id, m.title, u.attempt, max(r.scored_at)
                from review_second_scoring s join submission u on u.id = s.submission_id
                join micro_credential m on m.code = u.micro_credential_code
                join review_scoring r on r.submission_id = s.submission_id
                where s.status = 'DISAGREED'
                group by s.submission_id, m.title, u.attempt order by max(r.scored_at), s.submission_id""",
                (rs, i) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()));
    }

    @Transactional(readOnly = true)
    public Disagreement disagreement(long submissionId) {
        Long version = jdbc.query("""
                select row_version from review_second_scoring where submission_id = ? and status = 'DISAGREED'""",
                (rs, i) -> rs.getLong(1), submissionId).stream().findFirst().orElseThrow(NotAllowedException::new);
        SubmissionDetail submission = portfolio.submission(submissionId).orElseThrow(NotAllowedException::new);
        MicroCredential credential = catalog.microCredential(submission.microCredentialCode())
                .orElseThrow(NotAllowedException::new);
        List<Scored> scorings = rounds.all(submissionId).stream()
                .map(r -> new Scored(r.round(), r.reviewerName(), assessment(credential, r))).toList();
        return new Disagreement(submission, credential, scorings, version);
    }

    /** The admin chooses the outcome; the decision is published now, once. */
    public Recorded settle(PathwaysUser admin, long submissionId, long expectedVersion, SubmissionOutcome outcome,
                           String note) {
        if (!admin.has(AppRole.ADMIN)) {
            throw new NotAllowedException();
        }
        String why = note == null ? "" : note.strip();
        if (why.length() < 5 || why.length() > 2000) {
            throw new ReviewException("Write a note of 5 to 2000 characters saying why this outcome stands.");
        }
        if (outcome == null) {
            throw new ReviewException("Choose the outcome.");
        }
        int settled = jdbc.update("""
                update review_second_scoring set status = 'SETTLED', settled_outcome = ?, settled_by = ?, settle_note = ?,
                       settled_at = ?, row_version = row_version + 1
                where submission_id = ? and status = 'DISAGREED' and row_version = ?""", outcome.name(),
                admin.getUsername(), why, Timestamp.from(clock.instant()), submissionId, expectedVersion);
        if (settled == 0) {
            throw new ReviewException("Another administrator settled this disagreement while you were reading it; "
                    + "the outcome shown is the one that counts.");
        }
        ScoringRounds.Round standing = rounds.all(submissionId).stream()
                .filter(r -> r.scoring().outcome() == outcome).findFirst().orElseThrow();
        SubmissionDetail submission = portfolio.submission(submissionId).orElseThrow(NotAllowedException::new);
        MicroCredential credential = catalog.microCredential(submission.microCredentialCode())
                .orElseThrow(NotAllowedException::new);
        decisions.record(submission, credential, standing.reviewerId(), standing.scoring(), submission.version());
        audit.record(admin.getUsername(), "DISAGREEMENT_SETTLED", "submission", String.valueOf(submissionId),
                outcome.name() + " (the scoring of " + standing.reviewerName() + " stands): " + why);
        return Recorded.decided(outcome);
    }

    private static Assessment assessment(MicroCredential credential, ScoringRounds.Round round) {
        List<Assessment.CriterionScore> scores = credential.rubric().stream().map(c -> {
            int score = round.scoring().scoreByCriterion().getOrDefault(c.position(), 0);
            String label = c.levels().stream().filter(l -> l.score() == score).map(MicroCredential.RubricLevel::label)
                    .findFirst().orElse("");
            return new Assessment.CriterionScore(c.title(), score, label, score >= credential.passingScore());
        }).toList();
        return new Assessment(round.scoring().outcome(), round.scoredAt(), scores, round.scoring().feedbackByPart());
    }
}

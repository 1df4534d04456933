package org.pathways.review.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.portfolio.SubmissionOutcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The first and second scorings of a submission chosen for second scoring, kept apart until the outcome is final. */
@Component
class ScoringRounds {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ScoringRounds(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    record Round(int round, long reviewerId, String reviewerName, Instant scoredAt, Scoring scoring) {
    }

    /** Saves a round; a second scoring of the same round, or by the same reviewer, is a conflict. */
    void save(long submissionId, int round, long reviewerId, Scoring scoring) {
        long id;
        try {
            id = jdbc.queryForObject("""
                    insert into review_scoring (submission_id, round, reviewer_id, outcome, scored_at)
                    values (?, ?, ?, ?, ?) returning id""", Long.class, submissionId, round, reviewerId,
                    scoring.outcome().name(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new DecisionConflictException();
        }
        scoring.scoreByCriterion().forEach((position, score) -> jdbc.update("""
                insert into review_scoring_score (scoring_id, criterion_position, score) values (?, ?, ?)""",
                id, position, score));
        scoring.feedbackByPart().forEach((position, feedback) -> {
            if (feedback != null && !feedback.isBlank()) {
                jdbc.update("insert into review_scoring_feedback (scoring_id, part_position, feedback) values (?, ?, ?)",
                        id, position, feedback.strip());
            }
        });
    }

    Optional<Round> find(long submissionId, int round) {
        return all(submissionId).stream().filter(r -> r.round() == round).findFirst();
    }

    List<Round> all(long submissionId) {
        return jdbc.query("""
                select r.id, r.round, r.reviewer_id, e.first_name || ' ' || e.last_name, r.scored_at, r.outcome
                from review_scoring r join educator e on e.id = r.reviewer_id
                where r.submission_id = ? order by r.round""", (rs, i) -> {
            long id = rs.getLong(1);
            Map<Integer, Integer> scores = new HashMap<>();
            jdbc.query("select criterion_position, score from review_scoring_score where scoring_id = ?",
                    r -> {
                        scores.put(r.getInt(1), r.getInt(2));
                    }, id);
            Map<Integer, String> feedback = new HashMap<>();
            jdbc.query("select part_position, feedback from review_scoring_feedback where scoring_id = ?",
                    r -> {
                        feedback.put(r.getInt(1), r.getString(2));
                    }, id);
            return new Round(rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                    new Scoring(scores, feedback, SubmissionOutcome.valueOf(rs.getString(6))));
        }, submissionId);
    }
}

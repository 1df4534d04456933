package org.pathways.review.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.shared.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second scoring: for a sampled submission (or one an admin asked about) the first reviewer's scoring
 * waits, hidden, until another reviewer assigned to the micro-credential has scored it independently.
 * When both reach the same decision it stands; otherwise an admin settles it ({@link Disagreements}).
 */
@Service
@Transactional
public class SecondScoring {

    public enum Status { REQUESTED, WAITING, AGREED, DISAGREED, SETTLED }

    /** Where a submission stands in second scoring; {@code firstReviewerId} is null before the first scoring. */
    public record Stage(long submissionId, Status status, Long firstReviewerId, long version) {

        /** Whether this person may score the submission now (the first reviewer never scores twice). */
        public boolean openTo(long reviewerId) {
            return status == Status.REQUESTED
                    || status == Status.WAITING && firstReviewerId != null && firstReviewerId != reviewerId;
        }
    }

    private final SecondScoringSample sample;
    private final ScoringRounds rounds;
    private final Decisions decisions;
    private final SubmissionReviewers reviewers;
    private final PortfolioApi portfolio;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    SecondScoring(SecondScoringSample sample, ScoringRounds rounds, Decisions decisions, SubmissionReviewers reviewers,
                  PortfolioApi portfolio, AuditTrail audit, JdbcTemplate jdbc) {
        this.sample = sample;
        this.rounds = rounds;
        this.decisions = decisions;
        this.reviewers = reviewers;
        this.portfolio = portfolio;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Stage> stage(long submissionId) {
        return stages(List.of(submissionId)).values().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Map<Long, Stage> stages(List<Long> submissionIds) {
        Map<Long, Stage> stages = new HashMap<>();
        jdbc.query("""
                select s.submission_id, s.status, r.reviewer_id, s.row_version from review_second_scoring s
                left join review_scoring r on r.submission_id = s.submission_id and r.round = 1
                where s.submission_id = any(?)""", rs -> {
            long first = rs.getLong(3);
            stages.put(rs.getLong(1), new Stage(rs.getLong(1), Status.valueOf(rs.getString(2)),
                    rs.wasNull() ? null : first, rs.getLong(4)));
        }, (Object) submissionIds.toArray(Long[]::new));
        return stages;
    }

    /** Whether this person may score the submission now, as far as second scoring is concerned. */
    @Transactional(readOnly = true)
    public boolean mayScore(PathwaysUser user, SubmissionDetail submission) {
        return stage(submission.id()).map(stage -> switch (stage.status()) {
            case REQUESTED -> true;
            case WAITING -> stage.openTo(user.educatorId()) && reviewers.eligible(submission).contains(user.educatorId());
            case AGREED, DISAGREED, SETTLED -> false;
        }).orElse(true);
    }

    /** An admin asks for a second scoring of an undecided submission, whatever the sample says. */
    public void request(PathwaysUser admin, long submissionId) {
        if (!admin.has(AppRole.ADMIN)) {
            throw new NotAllowedException();
        }
        SubmissionDetail submission = portfolio.submission(submissionId).orElseThrow(NotAllowedException::new);
        if (submission.status() != SubmissionStatus.SUBMITTED && submission.status() != SubmissionStatus.IN_REVIEW) {
            throw new ReviewException("Only a submission waiting for its decision can get a second scoring.");
        }
        if (reviewers.eligible(submission).size() < 2) {
            throw new ReviewException("A second scoring needs two reviewers assigned to this micro-credential "
                    + "besides the educator; assign another reviewer first.");
        }
        int added = jdbc.update("""
                insert into review_second_scoring (submission_id, status, requested_by) values (?, 'REQUESTED', ?)
                on conflict do nothing""", submissionId, admin.getUsername());
        if (added == 0) {
            throw new ReviewException("This submission already gets a second scoring.");
        }
        audit.record(admin.getUsername(), "SECOND_SCORING_REQUESTED", "submission", String.valueOf(submissionId), null);
    }

    /**
     * Takes the scoring if the submission is (or now becomes) one scored twice; empty when the
     * decision can be made at once. The stage row is locked, so of two reviewers scoring at once one
     * is told that the other came first.
     */
    Optional<Recorded> take(PathwaysUser reviewer, SubmissionDetail submission, MicroCredential credential,
                            Scoring scoring) {
        long id = submission.id();
        List<String> current = jdbc.queryForList(
                "select status from review_second_scoring where submission_id = ? for update", String.class, id);
        if (current.isEmpty()) {
            if (!sample.includes(id) || reviewers.eligible(submission).size() < 2) {
                return Optional.empty();
            }
            try {
                jdbc.update("insert into review_second_scoring (submission_id, status) values (?, 'WAITING')", id);
            } catch (DuplicateKeyException e) {
                throw new DecisionConflictException();
            }
            return Optional.of(first(reviewer, submission, scoring));
        }
        return switch (Status.valueOf(current.get(0))) {
            case REQUESTED -> {
                setStatus(id, Status.WAITING);
                yield Optional.of(first(reviewer, submission, scoring));
            }
            case WAITING -> Optional.of(second(reviewer, submission, credential, scoring));
            case AGREED, DISAGREED, SETTLED -> throw new DecisionConflictException();
        };
    }

    private Recorded first(PathwaysUser reviewer, SubmissionDetail submission, Scoring scoring) {
        rounds.save(submission.id(), 1, reviewer.educatorId(), scoring);
        audit.record(reviewer.getUsername(), "FIRST_SCORING_RECORDED", "submission", String.valueOf(submission.id()),
                scoring.outcome().name() + " scores " + scoring.scoreByCriterion() + ", waiting for a second scoring");
        return Recorded.AWAITING_SECOND_SCORING;
    }

    private Recorded second(PathwaysUser reviewer, SubmissionDetail submission, MicroCredential credential,
                            Scoring scoring) {
        long id = submission.id();
        ScoringRounds.Round first = rounds.find(id, 1).orElseThrow(DecisionConflictException::new);
        if (first.reviewerId() == reviewer.educatorId()) {
            throw new ReviewException("You gave the first scoring; the second scoring must come from another reviewer.");
        }
        if (!reviewers.eligible(submission).contains(reviewer.educatorId())) {
            throw new ReviewException("Only a reviewer assigned to this micro-credential can give the second scoring.");
        }
        rounds.save(id, 2, reviewer.educatorId(), scoring);
        String detail = scoring.outcome().name() + " scores " + scoring.scoreByCriterion() + "; first scoring "
                + first.scoring().outcome().name();
        if (first.scoring().outcome() == scoring.outcome()) {
            setStatus(id, Status.AGREED);
            decisions.record(submission, credential, first.reviewerId(), first.scoring(), submission.version());
            audit.record(reviewer.getUsername(), "SECOND_SCORING_AGREED", "submission", String.valueOf(id), detail);
            return Recorded.decided(scoring.outcome());
        }
        setStatus(id, Status.DISAGREED);
        audit.record(reviewer.getUsername(), "SECOND_SCORING_DISAGREED", "submission", String.valueOf(id), detail);
        return Recorded.SENT_TO_ADMIN;
    }

    private void setStatus(long submissionId, Status status) {
        jdbc.update("update review_second_scoring set status = ?, row_version = row_version + 1 where submission_id = ?",
                status.name(), submissionId);
    }
}

package org.pathways.review.domain;

import java.util.List;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.review.notify.Notifications;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin moves one waiting submission to another reviewer: from then on only that reviewer (and
 * admins) can open and score it, whoever is assigned to its micro-credential.
 */
@Service
@Transactional
public class Reassignments {

    private final Assignments assignments;
    private final SecondScoring secondScoring;
    private final PortfolioApi portfolio;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    Reassignments(Assignments assignments, SecondScoring secondScoring, PortfolioApi portfolio,
                  Notifications notifications, AuditTrail audit, JdbcTemplate jdbc) {
        this.assignments = assignments;
        this.secondScoring = secondScoring;
        this.portfolio = portfolio;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Reviewers the submission may move to: anyone with the reviewer role but its educator and its first scorer. */
    @Transactional(readOnly = true)
    public List<Assignments.Reviewer> candidates(SubmissionDetail submission) {
        Long first = secondScoring.stage(submission.id()).map(SecondScoring.Stage::firstReviewerId).orElse(null);
        return assignments.reviewers().stream()
                .filter(r -> r.id() != submission.educatorId() && (first == null || r.id() != first)).toList();
    }

    public void reassign(PathwaysUser admin, long submissionId, long reviewerId) {
        if (!admin.has(AppRole.ADMIN)) {
            throw new NotAllowedException();
        }
        SubmissionDetail submission = portfolio.submission(submissionId).orElseThrow(NotAllowedException::new);
        if (submission.status() != SubmissionStatus.SUBMITTED && submission.status() != SubmissionStatus.IN_REVIEW) {
            throw new ReviewException("Only a submission waiting for its decision can be moved to another reviewer.");
        }
        if (secondScoring.stage(submissionId).filter(s -> s.status() == SecondScoring.Status.DISAGREED).isPresent()) {
            throw new ReviewException("This submission waits for an administrator to settle a disagreement, "
                    + "not for a reviewer.");
        }
        if (reviewerId == submission.educatorId()) {
            throw new ReviewException("A reviewer never reviews their own submission; choose someone else.");
        }
        if (candidates(submission).stream().noneMatch(r -> r.id() == reviewerId)) {
            throw new ReviewException("Choose a person with the reviewer role who has not scored this submission.");
        }
        List<Long> before = jdbc.queryForList(
                "select reviewer_id from review_submission_reviewer where submission_id = ? for update", Long.class,
                submissionId);
        jdbc.update("""
                insert into review_submission_reviewer (submission_id, reviewer_id, assigned_by) values (?, ?, ?)
                on conflict (submission_id) do update set reviewer_id = excluded.reviewer_id,
                    assigned_by = excluded.assigned_by, assigned_at = now()""", submissionId, reviewerId,
                admin.getUsername());
        audit.record(admin.getUsername(), "SUBMISSION_REASSIGNED", "submission", String.valueOf(submissionId),
                "from " + (before.isEmpty() ? "the reviewers of " + submission.microCredentialCode()
                        : "reviewer " + before.get(0)) + " to reviewer " + reviewerId);
        notifications.tell("moved-" + submissionId + "-to-" + reviewerId, reviewerId,
                "A submission was moved to you: " + submission.microCredentialTitle(),
                "An administrator asked you to review submission #" + submissionId + " (\u201c"
                        + submission.microCredentialTitle() + "\u201d). It is in your review queue.",
                "/review/submissions/" + submissionId);
    }
}

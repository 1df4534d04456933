package org.pathways.review.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.SubmissionDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may review a submission: the reviewers assigned to its micro-credential, or only the one an
 * admin moved it to; admins always; its educator never.
 */
@Component
class SubmissionReviewers {

    private final JdbcTemplate jdbc;

    SubmissionReviewers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active reviewers who may score the submission. */
    List<Long> eligible(SubmissionDetail submission) {
        return jdbc.queryForList("""
                select e.id from educator e
                where e.active and e.id <> ?
                  and exists (select 1 from account_role r where r.educator_id = e.id and r.role = 'REVIEWER')
                  and case when exists (select 1 from review_submission_reviewer m where m.submission_id = ?)
                      then exists (select 1 from review_submission_reviewer m where m.submission_id = ? and m.reviewer_id = e.id)
                      else exists (select 1 from review_assignment a where a.micro_credential_code = ? and a.reviewer_id = e.id)
                  end
                order by e.id""", Long.class, submission.educatorId(), submission.id(), submission.id(),
                submission.microCredentialCode());
    }

    boolean mayOpen(PathwaysUser user, SubmissionDetail submission) {
        if (submission.educatorId() == user.educatorId()) {
            return false;
        }
        return user.has(AppRole.ADMIN) || eligible(submission).contains(user.educatorId());
    }

    /** The reviewer each of these submissions was moved to, for those that were moved. */
    Map<Long, Long> movedTo(List<Long> submissionIds) {
        Map<Long, Long> moved = new HashMap<>();
        jdbc.query("select submission_id, reviewer_id from review_submission_reviewer where submission_id = any(?)",
                rs -> {
                    moved.put(rs.getLong(1), rs.getLong(2));
                }, (Object) submissionIds.toArray(Long[]::new));
        return moved;
    }

    /** Submissions moved to this reviewer. */
    List<Long> movedTo(long reviewerId) {
        return jdbc.queryForList("select submission_id from review_submission_reviewer where reviewer_id = ?",
                Long.class, reviewerId);
    }
}

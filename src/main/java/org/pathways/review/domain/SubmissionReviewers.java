package org.pathways.review.domain;

import java.util.List;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.SubmissionDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who may review a submission: the reviewers assigned to its micro-credential (and admins), never its educator. */
@Component
class SubmissionReviewers {

    private final JdbcTemplate jdbc;

    SubmissionReviewers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active reviewers who may score the submission. */
    List<Long> eligible(SubmissionDetail submission) {
        return jdbc.queryForList("""
                select a.reviewer_id from review_assignment a join educator e on e.id = a.reviewer_id and e.active
                where a.micro_credential_code = ? and a.reviewer_id <> ?
                  and exists (select 1 from account_role r where r.educator_id = a.reviewer_id and r.role = 'REVIEWER')
                order by a.reviewer_id""", Long.class, submission.microCredentialCode(), submission.educatorId());
    }

    boolean mayOpen(PathwaysUser user, SubmissionDetail submission) {
        if (submission.educatorId() == user.educatorId()) {
            return false;
        }
        return user.has(AppRole.ADMIN) || eligible(submission).contains(user.educatorId());
    }
}

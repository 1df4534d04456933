package org.pathways.review.domain;

import java.util.List;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which reviewers review which micro-credentials, and the review policy; changed by admins. */
@Service
@Transactional
public class Assignments {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    Assignments(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Reviewer(long id, String name, String email, String campusName) {
    }

    public record Assignment(long reviewerId, String reviewerName, String reviewerEmail, String microCredentialCode) {
    }

    @Transactional(readOnly = true)
    public List<String> codesFor(long reviewerId) {
        return jdbc.queryForList("""
                select micro_credential_code from review_assignment where reviewer_id = ?
                order by micro_credential_code""", String.class, reviewerId);
    }

    @Transactional(readOnly = true)
    public boolean isAssigned(long reviewerId, String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from review_assignment where reviewer_id = ? and micro_credential_code = ?)""",
                Boolean.class, reviewerId, code));
    }

    @Transactional(readOnly = true)
    public List<Assignment> all() {
        return jdbc.query("""
                select a.reviewer_id, e.first_name || ' ' || e.last_name, e.email, a.micro_credential_code
                from review_assignment a join educator e on e.id = a.reviewer_id
                order by e.last_name, e.first_name, a.micro_credential_code""",
                (rs, i) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** People who hold the reviewer app role. */
    @Transactional(readOnly = true)
    public List<Reviewer> reviewers() {
        return jdbc.query("""
                select e.id, e.first_name || ' ' || e.last_name, e.email, c.name
                from account_role r join educator e on e.id = r.educator_id join campus c on c.id = e.campus_id
                where r.role = 'REVIEWER' and e.active order by e.last_name, e.first_name""",
                (rs, i) -> new Reviewer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public void assign(long reviewerId, String code, String actor) {
        if (reviewers().stream().noneMatch(r -> r.id() == reviewerId)) {
            throw new ReviewException("Only people with the reviewer role can be assigned.");
        }
        int added = jdbc.update("""
                insert into review_assignment (reviewer_id, micro_credential_code, assigned_by)
                select ?, code, ? from micro_credential where code = ? on conflict do nothing""", reviewerId, actor, code);
        if (added == 1) {
            audit.record(actor, "REVIEWER_ASSIGNED", "micro_credential", code, "reviewer " + reviewerId);
        }
    }

    public void unassign(long reviewerId, String code, String actor) {
        if (jdbc.update("delete from review_assignment where reviewer_id = ? and micro_credential_code = ?",
                reviewerId, code) == 1) {
            audit.record(actor, "REVIEWER_UNASSIGNED", "micro_credential", code, "reviewer " + reviewerId);
        }
    }

    @Transactional(readOnly = true)
    public ReviewPolicy policy() {
        return jdbc.queryForObject("select blind_review, target_days from review_policy where id = 1",
                (rs, i) -> new ReviewPolicy(rs.getBoolean(1), rs.getInt(2)));
    }

    public void updatePolicy(ReviewPolicy policy, String actor) {
        jdbc.update("update review_policy set blind_review = ?, target_days = ?, row_version = row_version + 1 where id = 1",
                policy.blindReview(), policy.targetDays());
        audit.record(actor, "REVIEW_POLICY_CHANGED", "review_policy", "1",
                "blind review " + (policy.blindReview() ? "on" : "off") + ", target " + policy.targetDays() + " days");
    }
}

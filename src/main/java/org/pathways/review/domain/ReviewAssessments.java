package org.pathways.review.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.Assessment;
import org.pathways.portfolio.AssessmentSource;
import org.pathways.portfolio.SubmissionOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the portfolio pages the decision on an attempt: scores per criterion and feedback per part. */
@Component
@Transactional(readOnly = true)
class ReviewAssessments implements AssessmentSource {

    private final JdbcTemplate jdbc;
    private final CatalogApi catalog;

    ReviewAssessments(JdbcTemplate jdbc, CatalogApi catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public Optional<Assessment> assessmentOf(long submissionId) {
        return jdbc.query("""
                select d.id, d.outcome, d.decided_at, s.micro_credential_code, s.micro_credential_version
                from review_decision d join submission s on s.id = d.submission_id
                where d.submission_id = ?""", (rs, i) -> {
            long decisionId = rs.getLong(1);
            // scored against the version the attempt started on, so passing is that version's level
            int passing = catalog.microCredentialVersion(rs.getString(4), rs.getInt(5))
                    .map(MicroCredential::passingScore).orElse(3);
            List<Assessment.CriterionScore> scores = jdbc.query("""
                    select criterion_title, score, level_label from review_score where decision_id = ?
                    order by criterion_position""", (r, j) -> new Assessment.CriterionScore(r.getString(1), r.getInt(2),
                    r.getString(3), r.getInt(2) >= passing), decisionId);
            Map<Integer, String> feedback = new HashMap<>();
            jdbc.query("select part_position, feedback from review_feedback where decision_id = ?",
                    r -> {
                        feedback.put(r.getInt(1), r.getString(2));
                    }, decisionId);
            return new Assessment(SubmissionOutcome.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), scores,
                    feedback);
        }, submissionId).stream().findFirst();
    }
}

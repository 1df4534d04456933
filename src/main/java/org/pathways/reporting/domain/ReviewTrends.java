package org.pathways.reporting.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.catalog.MicroCredentialTrends;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trends for the catalog's admin pages, from submissions and review decisions. A criterion's name
 * and the passing level come from the version the submission was scored on, so the versions of a
 * micro-credential are counted together without mixing up their rubrics.
 */
@Component
@Transactional(readOnly = true)
class ReviewTrends implements MicroCredentialTrends {

    private static final String SUMMARY = """
            select s.micro_credential_code,
                   count(*) filter (where s.submitted_at is not null),
                   count(d.id) filter (where s.attempt = 1),
                   count(d.id) filter (where s.attempt = 1 and d.outcome = 'EARNED')
            from submission s left join review_decision d on d.submission_id = s.id
            where s.status <> 'WITHDRAWN'%s
            group by s.micro_credential_code""";

    private static final RowMapper<Summary> SUMMARY_ROW = (rs, i) -> new Summary(rs.getLong(2), rs.getLong(3),
            rs.getLong(4));

    private final JdbcTemplate jdbc;

    ReviewTrends(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Summary> summaries() {
        Map<String, Summary> byCode = new HashMap<>();
        jdbc.query(SUMMARY.formatted(""), rs -> {
            byCode.put(rs.getString(1), SUMMARY_ROW.mapRow(rs, 0));
        });
        return byCode;
    }

    @Override
    public Trend of(String microCredentialCode) {
        Summary summary = jdbc.query(SUMMARY.formatted(" and s.micro_credential_code = ?"), SUMMARY_ROW,
                microCredentialCode).stream().findFirst().orElse(Summary.NONE);
        List<CriterionTrend> criteria = jdbc.query("""
                select v.number, r.criterion_position, r.criterion_title, count(*),
                       count(*) filter (where r.score < v.passing_score) below
                from review_score r join review_decision d on d.id = r.decision_id
                join submission s on s.id = d.submission_id
                join micro_credential_version v on v.id = s.micro_credential_version_id
                where s.micro_credential_code = ?
                group by v.id, v.number, r.criterion_position, r.criterion_title
                having count(*) filter (where r.score < v.passing_score) > 0
                order by below desc, v.number desc, r.criterion_position""",
                (rs, i) -> new CriterionTrend(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)), microCredentialCode);
        return new Trend(summary, criteria);
    }
}

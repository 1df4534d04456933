package org.pathways.catalog.authoring;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit trail of one catalog entry, newest first: who changed what and when. */
@Repository
public class CatalogAuditLog {

    private static final int LIMIT = 100;

    private final JdbcTemplate jdbc;

    CatalogAuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(OffsetDateTime occurredAt, String actor, String action, String details) {
    }

    public List<Entry> of(String subjectType, String subjectId) {
        return jdbc.query("""
                select occurred_at, actor, action, details from audit_event
                where subject_type = ? and subject_id = ? order by occurred_at desc, id desc limit ?""",
                (rs, i) -> new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)), subjectType, subjectId, LIMIT);
    }
}

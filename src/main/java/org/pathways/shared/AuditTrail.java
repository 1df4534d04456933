package org.pathways.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the audit trail inside the caller's transaction, so a change and its record land together. */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectId, String details) {
        jdbc.update("insert into audit_event (actor, action, subject_type, subject_id, details) values (?, ?, ?, ?, ?)",
                actor, action, subjectType, subjectId, details);
    }
}

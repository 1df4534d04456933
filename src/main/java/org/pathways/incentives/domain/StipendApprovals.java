package org.pathways.incentives.domain;

import java.util.List;
import org.pathways.incentives.StipendApproved;
import org.pathways.shared.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins approve stipend lines waiting for approval: one, or every line matching a filter. */
@Service
public class StipendApprovals {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    StipendApprovals(JdbcTemplate jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Approves one line; false when it was no longer waiting (approved by someone else, reversed). */
    @Transactional
    public boolean approve(long lineId, String actor) {
        List<StipendApproved> approved = jdbc.query("""
                update stipend_line set status = 'APPROVED', approved_by = ?, approved_at = now(),
                    row_version = row_version + 1
                where id = ? and status = 'PENDING'
                returning """ + RETURNED, (rs, i) -> approved(rs, actor), actor, lineId);
        approved.forEach(events::publishEvent);
        if (!approved.isEmpty()) {
            audit.record(actor, "STIPEND_APPROVED", "stipend_line", String.valueOf(lineId), null);
        }
        return !approved.isEmpty();
    }

    /** Approves every waiting line that matches; returns how many. */
    @Transactional
    public int approveAll(StipendFilter filter, String actor) {
        List<StipendApproved> approved = jdbc.query("""
                update stipend_line set status = 'APPROVED', approved_by = ?, approved_at = now(),
                    row_version = row_version + 1
                where status = 'PENDING' and school_year = ? and (cast(? as varchar) is null or campus_code = ?)
                  and (cast(? as varchar) is null or micro_credential_code = ?)
                returning """ + RETURNED, (rs, i) -> approved(rs, actor), actor, filter.schoolYear().toString(),
                filter.campusCode(), filter.campusCode(), filter.microCredentialCode(), filter.microCredentialCode());
        approved.forEach(events::publishEvent);
        List<Long> ids = approved.stream().map(StipendApproved::stipendLineId).toList();
        if (!ids.isEmpty()) {
            audit.record(actor, "STIPENDS_APPROVED", "stipend_line", filter.schoolYear().toString(),
                    ids.size() + " lines (campus " + (filter.campusCode() == null ? "all" : filter.campusCode())
                            + ", micro-credential " + (filter.microCredentialCode() == null ? "all"
                            : filter.microCredentialCode()) + "): " + ids);
        }
        return ids.size();
    }

    private static final String RETURNED = " id, educator_id, school_year, micro_credential_code, amount";

    private static StipendApproved approved(java.sql.ResultSet rs, String actor) throws java.sql.SQLException {
        return new StipendApproved(rs.getLong("id"), rs.getLong("educator_id"), rs.getString("school_year"),
                rs.getString("micro_credential_code"), rs.getBigDecimal("amount"), actor);
    }
}

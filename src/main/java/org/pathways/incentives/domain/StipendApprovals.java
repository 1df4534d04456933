package org.pathways.incentives.domain;

import java.util.List;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins approve stipend lines waiting for approval: one, or every line matching a filter. */
@Service
public class StipendApprovals {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    StipendApprovals(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Approves one line; false when it was no longer waiting (approved by someone else, reversed). */
    @Transactional
    public boolean approve(long lineId, String actor) {
        int changed = jdbc.update("""
                update stipend_line set status = 'APPROVED', approved_by = ?, approved_at = now(),
                    row_version = row_version + 1
                where id = ? and status = 'PENDING'""", actor, lineId);
        if (changed == 1) {
            audit.record(actor, "STIPEND_APPROVED", "stipend_line", String.valueOf(lineId), null);
        }
        return changed == 1;
    }

    /** Approves every waiting line that matches; returns how many. */
    @Transactional
    public int approveAll(StipendFilter filter, String actor) {
        List<Long> ids = jdbc.queryForList("""
                update stipend_line set status = 'APPROVED', approved_by = ?, approved_at = now(),
                    row_version = row_version + 1
                where status = 'PENDING' and school_year = ? and (cast(? as varchar) is null or campus_code = ?)
                  and (cast(? as varchar) is null or micro_credential_code = ?)
                returning id""", Long.class, actor, filter.schoolYear().toString(), filter.campusCode(),
                filter.campusCode(), filter.microCredentialCode(), filter.microCredentialCode());
        if (!ids.isEmpty()) {
            audit.record(actor, "STIPENDS_APPROVED", "stipend_line", filter.schoolYear().toString(),
                    ids.size() + " lines (campus " + (filter.campusCode() == null ? "all" : filter.campusCode())
                            + ", micro-credential " + (filter.microCredentialCode() == null ? "all"
                            : filter.microCredentialCode()) + "): " + ids);
        }
        return ids.size();
    }
}

package org.pathways.pathways.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.pathways.EndorsementCompleted;
import org.pathways.shared.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps completed endorsements in step with the credentials earned, publishing each completion once. */
@Service
public class Completions {

    private final JdbcTemplate jdbc;
    private final CatalogApi catalog;
    private final EarnedCredentials credentials;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    Completions(JdbcTemplate jdbc, CatalogApi catalog, EarnedCredentials credentials,
                ApplicationEventPublisher events, AuditTrail audit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.credentials = credentials;
        this.events = events;
        this.audit = audit;
    }

    public Set<String> completedCodes(long educatorId) {
        return new HashSet<>(jdbc.queryForList(
                "select endorsement_code from pathways_completion where educator_id = ?", String.class, educatorId));
    }

    /** Re-evaluates every endorsement's rule for the educator; new completions are published, lost ones removed. */
    @Transactional
    public void reevaluate(long educatorId, LocalDate today) {
        Set<String> earned = credentials.earnedCodes(educatorId);
        Set<String> recorded = completedCodes(educatorId);
        for (Endorsement endorsement : catalog.endorsements()) {
            if (endorsement.status() == EndorsementStatus.COMING_SOON) {
                continue;
            }
            boolean met = endorsement.rule().isMetBy(earned);
            if (met && !recorded.contains(endorsement.code())) {
                int inserted = jdbc.update("""
                        insert into pathways_completion (educator_id, endorsement_code, completed_on) values (?, ?, ?)
                        on conflict do nothing""", educatorId, endorsement.code(), today);
                if (inserted == 1) {
                    events.publishEvent(new EndorsementCompleted(educatorId, endorsement.code(), today));
                }
            } else if (!met && recorded.contains(endorsement.code())) {
                // A revoked credential can undo a completion; the audit trail keeps that it once was complete.
                jdbc.update("delete from pathways_completion where educator_id = ? and endorsement_code = ?",
                        educatorId, endorsement.code());
                audit.record("system", "ENDORSEMENT_COMPLETION_WITHDRAWN", "educator", String.valueOf(educatorId),
                        endorsement.code());
            }
        }
    }
}

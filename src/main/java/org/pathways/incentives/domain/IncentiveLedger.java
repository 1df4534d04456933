package org.pathways.incentives.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.pathways.review.CredentialEarned;
import org.pathways.review.CredentialRevoked;
import org.pathways.shared.AuditTrail;
import org.pathways.shared.SchoolYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns earned and revoked micro-credentials into CPE credits and stipend ledger lines. Both handlers
 * are idempotent (the earned credential's id is unique per kind of row) and only ever append or move
 * a line forward; nothing is deleted.
 */
@Service
public class IncentiveLedger {

    private static final Logger log = LoggerFactory.getLogger(IncentiveLedger.class);

    private final JdbcTemplate jdbc;
    private final Policies policies;
    private final PeopleApi people;
    private final AuditTrail audit;

    IncentiveLedger(JdbcTemplate jdbc, Policies policies, PeopleApi people, AuditTrail audit) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.audit = audit;
        this.people = people;
    }

    /** Credits the CPE hours on the earned date and decides the stipend line. */
    @Transactional
    public void recordEarned(CredentialEarned earned) {
        EducatorProfile educator = people.educator(earned.educatorId()).orElseThrow(() ->
                new IllegalStateException("educator " + earned.educatorId() + " is not on the roster"));
        SchoolYear year = policies.schoolYearOf(earned.earnedOn());
        IncentivePolicy policy = policies.current(year);

        BigDecimal hours = earned.cpeHours() != null && earned.cpeHours().signum() > 0 ? earned.cpeHours()
                : policy.cpeHoursDefault();
        jdbc.update("""
                insert into cpe_credit (earned_credential_id, educator_id, micro_credential_code,
                    micro_credential_version, school_year, credited_on, hours, kind)
                values (?, ?, ?, ?, ?, ?, ?, 'CREDIT') on conflict (earned_credential_id, kind) do nothing""",
                earned.earnedCredentialId(), earned.educatorId(), earned.microCredentialCode(),
                earned.microCredentialVersion(), year.toString(), earned.earnedOn(), hours);

        lockCap(earned.educatorId(), year);
        if (decisionExists(earned.earnedCredentialId())) {
            return; // the same event again: already decided
        }
        StipendRule.Decision decision = StipendRule.decide(policy, educator.position(), educator.payBand(),
                takenSlots(earned.educatorId(), year));
        jdbc.update("""
                insert into stipend_line (earned_credential_id, educator_id, school_year, micro_credential_code,
                    earned_on, amount, outcome, status, position, pay_band, campus_code, policy_id, cap_slot, cap)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                earned.earnedCredentialId(), earned.educatorId(), year.toString(), earned.microCredentialCode(),
                earned.earnedOn(), decision.amount().amount(), decision.outcome().name(),
                (decision.outcome() == StipendOutcome.AWARDED ? StipendStatus.PENDING : StipendStatus.UNPAID).name(),
                educator.position(), educator.payBand(), educator.campusCode(), policy.id(), decision.capSlot(),
                decision.capSlot() == null ? null : policy.stipendCap());
    }

    /**
     * Reverses the CPE credit and the stipend of a revoked micro-credential: a line not yet exported is
     * marked REVERSED; an exported one gets an approved negative line that goes into the next batch.
     * Either way the place it held under the cap is freed.
     */
    @Transactional
    public void recordRevoked(CredentialRevoked revoked) {
        List<Map<String, Object>> credit = jdbc.queryForList(
                "select school_year, hours from cpe_credit where earned_credential_id = ? and kind = 'CREDIT'",
                revoked.earnedCredentialId());
        if (credit.isEmpty()) {
            // Left incomplete in the event registry, so it is handled once the earned event has been.
            throw new IllegalStateException("earned credential " + revoked.earnedCredentialId() + " has no credit yet");
        }
        String year = (String) credit.get(0).get("school_year");
        jdbc.update("""
                insert into cpe_credit (earned_credential_id, educator_id, micro_credential_code,
                    micro_credential_version, school_year, credited_on, hours, kind, reason)
                select earned_credential_id, educator_id, micro_credential_code, micro_credential_version,
                       school_year, ?, -hours, 'REVERSAL', ? from cpe_credit
                where earned_credential_id = ? and kind = 'CREDIT'
                on conflict (earned_credential_id, kind) do nothing""",
                revoked.revokedOn(), revoked.reason(), revoked.earnedCredentialId());

        lockCap(revoked.educatorId(), SchoolYear.parse(year));
        List<Map<String, Object>> lines = jdbc.queryForList("""
                select id, status from stipend_line where earned_credential_id = ? and reverses_line_id is null
                for update""", revoked.earnedCredentialId());
        if (lines.isEmpty()) {
            return;
        }
        long lineId = ((Number) lines.get(0).get("id")).longValue();
        StipendStatus status = StipendStatus.valueOf((String) lines.get(0).get("status"));
        switch (status) {
            case PENDING, APPROVED, UNPAID -> {
                jdbc.update("""
                        update stipend_line set status = 'REVERSED', cap_slot = null, reversed_reason = ?,
                            row_version = row_version + 1 where id = ?""", revoked.reason(), lineId);
                audit.record(revoked.revokedBy(), "STIPEND_REVERSED", "stipend_line", String.valueOf(lineId),
                        "before export: " + revoked.reason());
            }
            case EXPORTED -> {
                int added = jdbc.update("""
                        insert into stipend_line (earned_credential_id, educator_id, school_year, micro_credential_code,
                            earned_on, amount, outcome, status, position, pay_band, campus_code, policy_id,
                            reverses_line_id, approved_by, approved_at, reversed_reason)
                        select earned_credential_id, educator_id, school_year, micro_credential_code, earned_on,
                               -amount, 'REVERSAL', 'APPROVED', position, pay_band, campus_code, policy_id, id, ?,
                               now(), ?
                        from stipend_line where id = ? and amount > 0
                        on conflict do nothing""", revoked.revokedBy(), revoked.reason(), lineId);
                jdbc.update("update stipend_line set cap_slot = null where id = ? and cap_slot is not null", lineId);
                if (added > 0) {
                    audit.record(revoked.revokedBy(), "STIPEND_REVERSED", "stipend_line", String.valueOf(lineId),
                            "after export, negative line for the next batch: " + revoked.reason());
                }
            }
            case REVERSED -> log.debug("stipend line {} was already reversed", lineId);
        }
    }

    /** Serializes decisions for one educator and school year: a row lock held until commit. */
    private void lockCap(long educatorId, SchoolYear year) {
        jdbc.update("insert into stipend_cap_lock (educator_id, school_year) values (?, ?) on conflict do nothing",
                educatorId, year.toString());
        jdbc.queryForObject("select 1 from stipend_cap_lock where educator_id = ? and school_year = ? for update",
                Integer.class, educatorId, year.toString());
    }

    private boolean decisionExists(long earnedCredentialId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from stipend_line where earned_credential_id = ? and reverses_line_id is null)""",
                Boolean.class, earnedCredentialId));
    }

    private Set<Integer> takenSlots(long educatorId, SchoolYear year) {
        return new HashSet<>(jdbc.queryForList("""
                select cap_slot from stipend_line where educator_id = ? and school_year = ? and cap_slot is not null""",
                Integer.class, educatorId, year.toString()));
    }
}

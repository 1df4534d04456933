package org.pathways.pathways.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The module's projection of earned and in-progress micro-credentials, kept from other modules' events. */
@Repository
public class EarnedCredentials {

    /** First key of this module's advisory locks, so they never meet another module's. */
    private static final int LOCK_NAMESPACE = 10;

    private final JdbcTemplate jdbc;

    EarnedCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes this module's work on one educator until the transaction ends, so that two credentials
     * earned at the same moment are both seen when completion is evaluated.
     */
    void lockEducator(long educatorId) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> { }, LOCK_NAMESPACE, (int) educatorId);
    }

    /** Records an earned credential once per {@code earnedCredentialId}; returns false when already known. */
    public boolean recordEarned(long earnedCredentialId, long educatorId, String code, LocalDate earnedOn) {
        int inserted = jdbc.update("""
                insert into pathways_earned_credential (earned_credential_id, educator_id, micro_credential_code, earned_on)
                values (?, ?, ?, ?) on conflict (earned_credential_id) do nothing""",
                earnedCredentialId, educatorId, code, earnedOn);
        jdbc.update("delete from pathways_in_progress where educator_id = ? and micro_credential_code = ?",
                educatorId, code);
        return inserted == 1;
    }

    boolean markRevoked(long earnedCredentialId, LocalDate revokedOn) {
        return jdbc.update("""
                update pathways_earned_credential set revoked_on = ?
                where earned_credential_id = ? and revoked_on is null""", revokedOn, earnedCredentialId) == 1;
    }

    void recordInProgress(long educatorId, String code, long submissionId, int attempt, String state, Instant at) {
        jdbc.update("""
                insert into pathways_in_progress (educator_id, micro_credential_code, submission_id, attempt, state, updated_at)
                select ?, ?, ?, ?, ?, ?
                where not exists (select 1 from pathways_earned_credential
                                  where educator_id = ? and micro_credential_code = ? and revoked_on is null)
                on conflict (educator_id, micro_credential_code) do update
                set submission_id = excluded.submission_id, attempt = excluded.attempt, state = excluded.state,
                    updated_at = excluded.updated_at
                where pathways_in_progress.attempt <= excluded.attempt""",
                educatorId, code, submissionId, attempt, state, java.sql.Timestamp.from(at), educatorId, code);
    }

    /** Codes of the micro-credentials the educator currently holds (revoked ones excluded). */
    public Set<String> earnedCodes(long educatorId) {
        return new HashSet<>(jdbc.queryForList("""
                select micro_credential_code from pathways_earned_credential
                where educator_id = ? and revoked_on is null""", String.class, educatorId));
    }

    public List<Earned> earned(long educatorId) {
        return jdbc.query("""
                select micro_credential_code, min(earned_on) from pathways_earned_credential
                where educator_id = ? and revoked_on is null
                group by micro_credential_code order by min(earned_on) desc""",
                (rs, i) -> new Earned(rs.getString(1), rs.getObject(2, LocalDate.class)), educatorId);
    }

    public List<InProgress> inProgress(long educatorId) {
        return jdbc.query("""
                select micro_credential_code, state, attempt, updated_at from pathways_in_progress
                where educator_id = ? order by updated_at desc""",
                (rs, i) -> new InProgress(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()), educatorId);
    }

    /** Earned codes of many educators in one query, for a campus overview. */
    public Map<Long, Set<String>> earnedCodes(Collection<Long> educatorIds) {
        Map<Long, Set<String>> byEducator = new HashMap<>();
        jdbc.query("""
                select educator_id, micro_credential_code from pathways_earned_credential
                where educator_id = any (?) and revoked_on is null""",
                rs -> {
                    byEducator.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                }, (Object) educatorIds.toArray(Long[]::new));
        return byEducator;
    }

    public record Earned(String microCredentialCode, LocalDate earnedOn) {
    }

    public record InProgress(String microCredentialCode, String state, int attempt, Instant updatedAt) {

        public boolean returned() {
            return "RETURNED".equals(state);
        }
    }
}

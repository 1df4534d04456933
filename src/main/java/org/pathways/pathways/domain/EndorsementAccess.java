package org.pathways.pathways.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the access rules to an educator and keeps the endorsements on their dashboard. */
@Service
public class EndorsementAccess {

    private final JdbcTemplate jdbc;
    private final CatalogApi catalog;
    private final PeopleApi people;
    private final EarnedCredentials credentials;
    private final AuditTrail audit;

    EndorsementAccess(JdbcTemplate jdbc, CatalogApi catalog, PeopleApi people, EarnedCredentials credentials,
                      AuditTrail audit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.people = people;
        this.credentials = credentials;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Standing standing(long educatorId) {
        List<String> held = people.educator(educatorId).map(EducatorProfile::heldRoleCodes).orElse(List.of());
        return standing(educatorId, held);
    }

    /** The standing of an educator whose held roles the caller already has. */
    @Transactional(readOnly = true)
    public Standing standing(long educatorId, List<String> heldRoleCodes) {
        Set<String> approved = new HashSet<>(jdbc.queryForList("""
                select endorsement_code from access_request where educator_id = ? and status = 'APPROVED'""",
                String.class, educatorId));
        return new Standing(credentials.earnedCodes(educatorId), new HashSet<>(heldRoleCodes), approved);
    }

    public AccessDecision decide(Endorsement endorsement, Standing standing) {
        Endorsement prerequisite = endorsement.prerequisiteCode() == null ? null
                : catalog.endorsement(endorsement.prerequisiteCode()).orElse(null);
        return AccessPolicy.decide(endorsement, prerequisite, catalog.rolesQualifiedBy(endorsement.code()), standing);
    }

    public Endorsement endorsement(String code) {
        return catalog.endorsement(code).orElseThrow(() -> new UnknownEndorsementException(code));
    }

    public Set<String> enrolledCodes(long educatorId) {
        return new HashSet<>(jdbc.queryForList(
                "select endorsement_code from pathways_enrollment where educator_id = ?", String.class, educatorId));
    }

    public List<String> enrolledCodesInOrder(long educatorId) {
        return jdbc.queryForList("""
                select endorsement_code from pathways_enrollment where educator_id = ? order by added_at, id""",
                String.class, educatorId);
    }

    /**
     * Puts the endorsement on the educator's dashboard if the rules allow it. Adding it again is not
     * an error and keeps one row; returns whether a row was added.
     */
    @Transactional
    public boolean add(long educatorId, String endorsementCode) {
        Endorsement endorsement = endorsement(endorsementCode);
        AccessDecision decision = decide(endorsement, standing(educatorId));
        if (!decision.allowed()) {
            throw new IllegalStateException(decision.reason());
        }
        int added = jdbc.update("""
                insert into pathways_enrollment (educator_id, endorsement_code) values (?, ?)
                on conflict (educator_id, endorsement_code) do nothing""", educatorId, endorsementCode);
        return added == 1;
    }

    @Transactional
    public boolean remove(long educatorId, String endorsementCode) {
        return jdbc.update("delete from pathways_enrollment where educator_id = ? and endorsement_code = ?",
                educatorId, endorsementCode) == 1;
    }
}

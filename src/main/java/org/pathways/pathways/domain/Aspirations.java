package org.pathways.pathways.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.CatalogApi;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Educators' career aspirations; one per educator, replaced when they answer again. */
@Service
public class Aspirations {

    private final JdbcTemplate jdbc;
    private final CatalogApi catalog;

    Aspirations(JdbcTemplate jdbc, CatalogApi catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public Optional<Aspiration> of(long educatorId) {
        return Optional.ofNullable(of(List.of(educatorId)).get(educatorId));
    }

    /** Aspirations of many educators in one query. */
    @Transactional(readOnly = true)
    public Map<Long, Aspiration> of(Collection<Long> educatorIds) {
        Map<Long, Aspiration> found = new HashMap<>();
        if (educatorIds.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select a.educator_id, a.years_of_experience, a.confidence, a.stay_and_lead_teachers,
                       a.curriculum_and_assessment, a.enter_administration, a.notes, a.updated_at,
                       array(select t.role_code from aspiration_target_role t
                             where t.educator_id = a.educator_id order by t.role_code)
                from aspiration a where a.educator_id = any (?)""", rs -> {
            found.put(rs.getLong(1), new Aspiration(rs.getInt(2), rs.getInt(3), rs.getBoolean(4), rs.getBoolean(5),
                    rs.getBoolean(6), rs.getString(7), List.of((String[]) rs.getArray(9).getArray()),
                    rs.getTimestamp(8).toInstant()));
        }, (Object) educatorIds.toArray(Long[]::new));
        return found;
    }

    @Transactional
    public void save(long educatorId, Aspiration aspiration) {
        for (String code : aspiration.targetRoleCodes()) {
            if (catalog.role(code).isEmpty()) {
                throw new IllegalArgumentException("There is no career role with the code " + code + ".");
            }
        }
        jdbc.update("""
                insert into aspiration (educator_id, years_of_experience, confidence, stay_and_lead_teachers,
                                        curriculum_and_assessment, enter_administration, notes, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (educator_id) do update set years_of_experience = excluded.years_of_experience,
                    confidence = excluded.confidence, stay_and_lead_teachers = excluded.stay_and_lead_teachers,
                    curriculum_and_assessment = excluded.curriculum_and_assessment,
                    enter_administration = excluded.enter_administration, notes = excluded.notes,
                    updated_at = excluded.updated_at""",
                educatorId, aspiration.yearsOfExperience(), aspiration.confidence(), aspiration.stayAndLeadTeachers(),
                aspiration.curriculumAndAssessment(), aspiration.enterAdministration(), aspiration.notes(),
                java.sql.Timestamp.from(Instant.now()));
        jdbc.update("delete from aspiration_target_role where educator_id = ?", educatorId);
        jdbc.batchUpdate("insert into aspiration_target_role (educator_id, role_code) values (?, ?)",
                aspiration.targetRoleCodes().stream().map(code -> new Object[] {educatorId, code}).toList());
    }
}

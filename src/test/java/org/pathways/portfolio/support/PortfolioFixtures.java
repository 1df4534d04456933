package org.pathways.portfolio.support;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finds fresh people and micro-credentials in the shared test database so tests do not meet each other. */
public final class PortfolioFixtures {

    private final JdbcTemplate jdbc;

    public PortfolioFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Person(long id, String email) {
    }

    /** An educator (not a persona) with no submissions yet. */
    public Person freshEducator() {
        return jdbc.query("""
                select e.id, e.email from educator e join account_role r on r.educator_id = e.id and r.role = 'EDUCATOR'
                where e.email not in ('teacher@example.org', 'coach@example.org', 'principal@example.org',
                                      'admin@example.org')
                  and not exists (select 1 from submission s where s.educator_id = e.id)
                  and not exists (select 1 from account_role x where x.educator_id = e.id and x.role <> 'EDUCATOR')
                order by e.id limit 1""", (rs, i) -> new Person(rs.getLong(1), rs.getString(2))).get(0);
    }

    public Person persona(String email) {
        return jdbc.query("select id, email from educator where email = ?",
                (rs, i) -> new Person(rs.getLong(1), rs.getString(2)), email).get(0);
    }

    /**
     * Published micro-credentials whose evidence parts take text, files and links between them, and that
     * anyone may start (they count toward an open all-access endorsement without a prerequisite).
     */
    public List<String> microCredentialsWithTextAndFiles() {
        return jdbc.queryForList("""
                select m.code from micro_credential m
                join micro_credential_version v on v.micro_credential_id = m.id and v.number = m.current_version
                where m.status = 'PUBLISHED'
                  and exists (select 1 from evidence_part p where p.version_id = v.id and p.accepts_text and p.accepts_files)
                  and exists (select 1 from endorsement_requirement q join endorsement e on e.id = q.endorsement_id
                              where q.micro_credential_id = m.id and e.access = 'ALL_ACCESS' and e.status = 'OPEN'
                                and e.prerequisite_id is null)
                order by m.code""", String.class);
    }
}

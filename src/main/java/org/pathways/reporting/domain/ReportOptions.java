package org.pathways.reporting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the filter form offers: positions and career roles, and the code of a campus by id. */
@Service
@Transactional(readOnly = true)
public class ReportOptions {

    private final JdbcTemplate jdbc;

    ReportOptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Choice(String value, String label) {
    }

    /** Positions and career roles to filter by, in one statement. */
    public record Choices(List<Choice> positions, List<Choice> roles) {
    }

    public Choices choices() {
        List<Choice> positions = new java.util.ArrayList<>();
        List<Choice> roles = new java.util.ArrayList<>();
        jdbc.query("""
                select 'P', position, position from (select distinct position from educator) p
                union all select 'R', code, title from career_role
                order by 1, 3""", rs -> {
            (rs.getString(1).equals("P") ? positions : roles).add(new Choice(rs.getString(2), rs.getString(3)));
        });
        return new Choices(positions, roles);
    }

    public Optional<String> campusCode(long campusId) {
        return jdbc.queryForList("select code from campus where id = ?", String.class, campusId).stream().findFirst();
    }
}

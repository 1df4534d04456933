package org.pathways.catalog.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.domain.CatalogRevision;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins write role cards and the career map: purpose, responsibilities, qualifying endorsement, next roles. */
@Service
public class RoleAuthoring {

    static final String SUBJECT = "career_role";

    private final JdbcTemplate jdbc;
    private final CatalogRevision revision;
    private final AuditTrail audit;

    RoleAuthoring(JdbcTemplate jdbc, CatalogRevision revision, AuditTrail audit) {
        this.jdbc = jdbc;
        this.revision = revision;
        this.audit = audit;
    }

    /** A role card's editable fields; {@code mapOrder} orders roles within their tier on the map. */
    public record RoleChange(String code, String title, int tier, int mapOrder, String purpose,
                             List<String> responsibilities, String endorsement, List<String> next) {

        public RoleChange {
            responsibilities = List.copyOf(responsibilities);
            next = List.copyOf(next);
        }
    }

    public record Editable(RoleChange fields, long rowVersion) {
    }

    @Transactional(readOnly = true)
    public Optional<Editable> editable(String code) {
        return jdbc.query("""
                select r.id, r.code, r.title, r.tier, r.map_order, r.purpose, e.code, r.row_version
                from career_role r left join endorsement e on e.id = r.endorsement_id where r.code = ?""",
                (rs, i) -> new Editable(new RoleChange(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), jdbc.queryForList(
                        "select text from role_responsibility where role_id = ? order by position", String.class,
                        rs.getLong(1)), rs.getString(7), jdbc.queryForList("""
                        select t.code from career_map_edge e join career_role t on t.id = e.to_role_id
                        where e.from_role_id = ? order by t.tier, t.map_order""", String.class, rs.getLong(1))),
                        rs.getLong(8)), code).stream().findFirst();
    }

    /** Creates the role ({@code expectedRowVersion} null) or changes it; refuses a career map with a loop. */
    @Transactional
    public void save(RoleChange change, Long expectedRowVersion, String actor) {
        revision.lock();
        boolean creating = expectedRowVersion == null;
        Optional<Editable> existing = editable(change.code());
        List<String> problems = new ArrayList<>();
        if (creating) {
            if (change.code() == null || !MicroCredentialAuthoring.CODE.matcher(change.code()).matches()) {
                problems.add("Code: use lower-case letters, digits and hyphens (at most 80), e.g. 'reading-coach'.");
            } else if (existing.isPresent()) {
                problems.add("Code: '" + change.code() + "' is already used by another role.");
            }
        } else if (existing.isEmpty()) {
            throw new CatalogEditException("There is no career role '" + change.code() + "'.");
        } else if (existing.get().rowVersion() != expectedRowVersion) {
            throw new CatalogEditException("Someone else changed this role while you were editing. "
                    + "Reload it to see their changes, then make yours again.");
        }
        problems.addAll(problems(change, edges()));
        if (change.endorsement() != null && jdbc.queryForObject(
                "select count(*) from endorsement where code = ?", Integer.class, change.endorsement()) == 0) {
            problems.add("Micro-endorsement: there is no micro-endorsement '" + change.endorsement() + "'.");
        }
        if (!problems.isEmpty()) {
            throw new CatalogEditException(problems);
        }
        Long endorsementId = change.endorsement() == null ? null : jdbc.queryForObject(
                "select id from endorsement where code = ?", Long.class, change.endorsement());
        long id;
        if (creating) {
            id = jdbc.queryForObject("""
                    insert into career_role (code, title, tier, map_order, purpose, endorsement_id)
                    values (?, ?, ?, ?, ?, ?) returning id""", Long.class, change.code(), change.title().strip(),
                    change.tier(), change.mapOrder(), change.purpose().strip(), endorsementId);
        } else {
            id = jdbc.queryForObject("""
                    update career_role set title = ?, tier = ?, map_order = ?, purpose = ?, endorsement_id = ?,
                        sample_content = false, row_version = row_version + 1, updated_at = now()
                    where code = ? returning id""", Long.class, change.title().strip(), change.tier(),
                    change.mapOrder(), change.purpose().strip(), endorsementId, change.code());
        }
        jdbc.update("delete from role_responsibility where role_id = ?", id);
        int position = 1;
        for (String text : change.responsibilities()) {
            jdbc.update("insert into role_responsibility (role_id, position, text) values (?, ?, ?)", id, position++,
                    text);
        }
        jdbc.update("delete from career_map_edge where from_role_id = ?", id);
        for (String next : change.next()) {
            jdbc.update("insert into career_map_edge (from_role_id, to_role_id) "
                    + "values (?, (select id from career_role where code = ?))", id, next);
        }
        audit.record(actor, creating ? "role.created" : "role.changed", SUBJECT, change.code(),
                change.title().strip() + "; tier " + change.tier() + ", order " + change.mapOrder() + "; endorsement "
                        + change.endorsement() + "; next " + change.next());
        revision.bump();
    }

    /** Field checks and the career map check, without the database: next roles known, no loops. */
    public static List<String> problems(RoleChange change, Map<String, List<String>> currentEdges) {
        List<String> problems = new ArrayList<>();
        if (change.title() == null || change.title().isBlank() || change.title().strip().length() > 200) {
            problems.add("Title: give the role a title of at most 200 characters.");
        }
        if (change.tier() < 1 || change.tier() > 4) {
            problems.add("Tier: choose a tier from 1 to 4.");
        }
        if (change.mapOrder() < 0 || change.mapOrder() > 10_000) {
            problems.add("Order on the map: use a whole number from 0 to 10000.");
        }
        if (change.purpose() == null || change.purpose().isBlank()) {
            problems.add("Purpose: say why the role exists.");
        }
        if (new HashSet<>(change.next()).size() < change.next().size()) {
            problems.add("Next roles: a role is listed twice.");
        }
        Map<String, List<String>> edges = new LinkedHashMap<>(currentEdges);
        for (String next : change.next()) {
            if (next.equals(change.code())) {
                problems.add("Next roles: a role cannot lead to itself.");
            } else if (!edges.containsKey(next)) {
                problems.add("Next roles: there is no role '" + next + "'.");
            }
        }
        if (problems.isEmpty()) {
            edges.put(change.code(), change.next());
            Cycles.find(edges).ifPresent(on -> problems.add("Next roles: the career map would go round in a loop "
                    + "through '" + on + "'; a career map only leads onward."));
        }
        return problems;
    }

    private Map<String, List<String>> edges() {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        jdbc.query("select code from career_role order by tier, map_order", rs -> {
            edges.put(rs.getString(1), new ArrayList<>());
        });
        jdbc.query("""
                select f.code, t.code from career_map_edge e join career_role f on f.id = e.from_role_id
                join career_role t on t.id = e.to_role_id""", rs -> {
            edges.get(rs.getString(1)).add(rs.getString(2));
        });
        return edges;
    }
}

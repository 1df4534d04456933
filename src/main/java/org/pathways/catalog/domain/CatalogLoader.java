package org.pathways.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathways.catalog.Access;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementGroup;
import org.pathways.catalog.EndorsementRule;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.MicroCredential;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.MicroCredential.Resource;
import org.pathways.catalog.MicroCredential.RubricCriterion;
import org.pathways.catalog.MicroCredential.RubricLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the whole catalog in a fixed number of queries, one consistent snapshot. */
@Component
class CatalogLoader {

    /** The published versions the catalog shows; drafts and older versions are read on demand. */
    private static final String CURRENT_VERSIONS = """
            version_id in (select v.id from micro_credential_version v join micro_credential m
                on m.id = v.micro_credential_id and v.number = m.current_version and v.published_at is not null)""";

    private final JdbcTemplate jdbc;

    CatalogLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Catalog load() {
        long revision = jdbc.queryForObject("select revision from catalog_revision where id = 1", Long.class);
        List<MicroCredential> microCredentials = loadMicroCredentials();
        return Catalog.of(revision, loadGroups(), microCredentials, loadRoles());
    }

    private List<MicroCredential> loadMicroCredentials() {
        Map<Long, List<EvidencePart>> parts = new LinkedHashMap<>();
        jdbc.query("select version_id, position, title, instructions, accepts_text, accepts_files, accepts_links "
                + "from evidence_part where " + CURRENT_VERSIONS + " order by version_id, position", rs -> {
            parts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EvidencePart(rs.getInt(2),
                    rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)));
        });
        Map<Long, List<RubricLevel>> levels = new LinkedHashMap<>();
        jdbc.query("select criterion_id, score, label, descriptor from rubric_level where criterion_id in "
                        + "(select id from rubric_criterion where " + CURRENT_VERSIONS + ") order by criterion_id, score",
                rs -> {
                    levels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RubricLevel(rs.getInt(2), rs.getString(3), rs.getString(4)));
                });
        Map<Long, List<RubricCriterion>> criteria = new LinkedHashMap<>();
        jdbc.query("select id, version_id, position, title from rubric_criterion where " + CURRENT_VERSIONS
                        + " order by version_id, position",
                rs -> {
                    criteria.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new RubricCriterion(
                            rs.getInt(3), rs.getString(4), List.copyOf(levels.getOrDefault(rs.getLong(1), List.of()))));
                });
        Map<Long, List<Resource>> resources = new LinkedHashMap<>();
        jdbc.query("select version_id, title, url from resource_link where " + CURRENT_VERSIONS
                + " order by version_id, position", rs -> {
            resources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Resource(rs.getString(2), rs.getString(3)));
        });
        return jdbc.query("""
                select m.code, m.title, m.status, v.id, v.number, v.competency, v.key_method, v.cpe_hours,
                       v.passing_score, v.sample_content, m.note
                from micro_credential m
                join micro_credential_version v on v.micro_credential_id = m.id and v.number = m.current_version
                    and v.published_at is not null
                order by m.id""", (rs, i) -> {
            long versionId = rs.getLong(4);
            return new MicroCredential(rs.getString(1), rs.getString(2), CredentialStatus.valueOf(rs.getString(3)),
                    rs.getInt(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getInt(9),
                    rs.getBoolean(10), rs.getString(11),
                    List.copyOf(parts.getOrDefault(versionId, List.of())),
                    List.copyOf(criteria.getOrDefault(versionId, List.of())),
                    List.copyOf(resources.getOrDefault(versionId, List.of())));
        });
    }

    private List<EndorsementGroup> loadGroups() {
        Map<Long, List<String>> required = new LinkedHashMap<>();
        Map<Long, List<String>> choice = new LinkedHashMap<>();
        jdbc.query("""
                select r.endorsement_id, r.kind, m.code from endorsement_requirement r
                join micro_credential m on m.id = r.micro_credential_id
                order by r.endorsement_id, r.position""", rs -> {
            var target = "REQUIRED".equals(rs.getString(2)) ? required : choice;
            target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
        });
        Map<Long, EndorsementGroup> groups = new LinkedHashMap<>();
        Map<Long, List<Endorsement>> members = new LinkedHashMap<>();
        jdbc.query("select id, code, title from endorsement_group order by position", rs -> {
            long id = rs.getLong(1);
            List<Endorsement> list = new ArrayList<>();
            members.put(id, list);
            groups.put(id, new EndorsementGroup(rs.getString(2), rs.getString(3), list));
        });
        jdbc.query("""
                select e.id, e.code, e.title, e.group_id, e.access, e.status, e.choose_count, p.code, e.note
                from endorsement e left join endorsement p on p.id = e.prerequisite_id
                order by e.group_id, e.position""", rs -> {
            long id = rs.getLong(1);
            EndorsementGroup group = groups.get(rs.getLong(4));
            EndorsementRule rule = new EndorsementRule(required.getOrDefault(id, List.of()), rs.getInt(7),
                    choice.getOrDefault(id, List.of()));
            members.get(rs.getLong(4)).add(new Endorsement(rs.getString(2), rs.getString(3), group.code(),
                    group.title(), Access.valueOf(rs.getString(5)), EndorsementStatus.valueOf(rs.getString(6)), rule,
                    rs.getString(8), rs.getString(9)));
        });
        return groups.values().stream()
                .map(g -> new EndorsementGroup(g.code(), g.title(), List.copyOf(g.endorsements())))
                .toList();
    }

    private List<CareerRole> loadRoles() {
        Map<Long, List<String>> responsibilities = new LinkedHashMap<>();
        jdbc.query("select role_id, text from role_responsibility order by role_id, position", rs -> {
            responsibilities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        Map<Long, List<String>> next = new LinkedHashMap<>();
        jdbc.query("""
                select e.from_role_id, t.code from career_map_edge e join career_role t on t.id = e.to_role_id
                order by e.from_role_id, t.tier, t.map_order""", rs -> {
            next.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return jdbc.query("""
                select r.id, r.code, r.title, r.tier, r.purpose, e.code, r.sample_content
                from career_role r left join endorsement e on e.id = r.endorsement_id
                order by r.tier, r.map_order""", (rs, i) -> new CareerRole(rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getString(5), List.copyOf(responsibilities.getOrDefault(rs.getLong(1), List.of())),
                rs.getString(6), List.copyOf(next.getOrDefault(rs.getLong(1), List.of())), rs.getBoolean(7)));
    }
}

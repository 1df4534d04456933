package org.pathways.catalog.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathways.catalog.Access;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.pathways.catalog.authoring.MicroCredentialVersions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the catalog from the database as a document: published content, or the draft of a never-published one. */
@Component
class CatalogSnapshot {

    private final JdbcTemplate jdbc;
    private final MicroCredentialVersions versions;

    CatalogSnapshot(JdbcTemplate jdbc, MicroCredentialVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** Published micro-credentials with an unpublished draft in the editor, which an import must not overwrite. */
    Set<String> codesWithPendingDraft() {
        return new HashSet<>(jdbc.queryForList("""
                select m.code from micro_credential m join micro_credential_version v on v.micro_credential_id = m.id
                where v.published_at is null and m.status <> 'DRAFT'""", String.class));
    }

    CatalogDocument read() {
        record Row(String code, String title, CredentialStatus status, String note, long versionId) {
        }
        List<Row> rows = jdbc.query("""
                select m.code, m.title, m.status, m.note, coalesce(p.id, d.id)
                from micro_credential m
                left join micro_credential_version p on p.micro_credential_id = m.id
                    and p.number = m.current_version and p.published_at is not null
                left join micro_credential_version d on d.micro_credential_id = m.id and d.published_at is null
                order by m.id""", (rs, i) -> new Row(rs.getString(1), rs.getString(2),
                CredentialStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5)));
        Map<Long, MicroCredentialContent> contents = versions.contents(rows.stream().map(Row::versionId).toList());
        List<CatalogDocument.Credential> credentials = rows.stream().map(r -> new CatalogDocument.Credential(
                r.code(), r.title(), r.status(), r.note(), contents.get(r.versionId()), 0)).toList();

        Map<Long, List<String>> required = new LinkedHashMap<>();
        Map<Long, List<String>> choice = new LinkedHashMap<>();
        jdbc.query("""
                select r.endorsement_id, r.kind, m.code from endorsement_requirement r
                join micro_credential m on m.id = r.micro_credential_id order by r.endorsement_id, r.position""", rs -> {
            ("REQUIRED".equals(rs.getString(2)) ? required : choice)
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
        });
        Map<Long, String> groupTitles = new LinkedHashMap<>();
        Map<Long, List<CatalogDocument.Endorsement>> members = new LinkedHashMap<>();
        jdbc.query("select id, title from endorsement_group order by position", rs -> {
            groupTitles.put(rs.getLong(1), rs.getString(2));
            members.put(rs.getLong(1), new ArrayList<>());
        });
        jdbc.query("""
                select e.id, e.code, e.title, e.group_id, e.access, e.status, e.choose_count, p.code, e.note
                from endorsement e left join endorsement p on p.id = e.prerequisite_id
                order by e.group_id, e.position""", rs -> {
            long id = rs.getLong(1);
            members.get(rs.getLong(4)).add(new CatalogDocument.Endorsement(rs.getString(2), rs.getString(3),
                    Access.valueOf(rs.getString(5)), EndorsementStatus.valueOf(rs.getString(6)),
                    required.getOrDefault(id, List.of()), rs.getInt(7), choice.getOrDefault(id, List.of()),
                    rs.getString(8), rs.getString(9), 0));
        });
        List<CatalogDocument.Group> groups = new ArrayList<>();
        groupTitles.forEach((id, title) -> {
            if (!members.get(id).isEmpty()) {
                groups.add(new CatalogDocument.Group(title, members.get(id)));
            }
        });

        Map<Long, List<String>> responsibilities = new LinkedHashMap<>();
        jdbc.query("select role_id, text from role_responsibility order by role_id, position", rs -> {
            responsibilities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        Map<Long, List<String>> next = new LinkedHashMap<>();
        jdbc.query("""
                select e.from_role_id, t.code from career_map_edge e join career_role t on t.id = e.to_role_id
                order by e.from_role_id, t.tier, t.map_order, t.code""", rs -> {
            next.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        List<CatalogDocument.Role> roles = jdbc.query("""
                select r.id, r.code, r.title, r.tier, r.map_order, e.code, r.purpose
                from career_role r left join endorsement e on e.id = r.endorsement_id
                order by r.tier, r.map_order, r.code""", (rs, i) -> new CatalogDocument.Role(rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                responsibilities.getOrDefault(rs.getLong(1), List.of()), next.getOrDefault(rs.getLong(1), List.of()),
                0));
        return new CatalogDocument(credentials, groups, roles);
    }
}

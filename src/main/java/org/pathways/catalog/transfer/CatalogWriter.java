package org.pathways.catalog.transfer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.pathways.catalog.authoring.MicroCredentialVersions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies a checked file: changed content becomes a new published version, endorsements and roles
 * are upserted by code, and what the file leaves out is retired, never deleted.
 */
@Component
class CatalogWriter {

    private final JdbcTemplate jdbc;
    private final MicroCredentialVersions versions;

    CatalogWriter(JdbcTemplate jdbc, MicroCredentialVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** Writes the file over the existing catalog; the file has been checked against it. */
    void write(CatalogDocument incoming, CatalogDocument existing, String actor) {
        writeCredentials(incoming, existing.credentialsByCode(), actor);
        writeEndorsements(incoming, existing);
        if (incoming.roles() != null) {
            writeRoles(incoming.roles());
        }
    }

    private void writeCredentials(CatalogDocument incoming, Map<String, CatalogDocument.Credential> before,
                                  String actor) {
        Set<String> inFile = new HashSet<>();
        for (CatalogDocument.Credential c : incoming.microCredentials()) {
            inFile.add(c.code());
            CatalogDocument.Credential was = before.get(c.code());
            if (was == null) {
                long id = jdbc.queryForObject("insert into micro_credential (code, title, status, note) "
                        + "values (?, ?, 'DRAFT', ?) returning id", Long.class, c.code(), c.title(), c.note());
                long versionId = versions.insertDraft(id, 1, c.content(), false, actor, "imported");
                if (c.status() != CredentialStatus.DRAFT) {
                    versions.publish(versionId, actor, "imported");
                }
                jdbc.update("update micro_credential set status = ? where id = ?", c.status().name(), id);
                continue;
            }
            long id = jdbc.queryForObject("select id from micro_credential where code = ?", Long.class, c.code());
            MicroCredentialContent content = c.content() == null ? was.content() : c.content();
            boolean contentChanged = !content.equals(was.content());
            if (was.status() == CredentialStatus.DRAFT) {
                long draftId = jdbc.queryForObject("select id from micro_credential_version "
                        + "where micro_credential_id = ? and published_at is null", Long.class, id);
                if (contentChanged) {
                    versions.write(draftId, content);
                }
                if (c.status() != CredentialStatus.DRAFT) {
                    versions.publish(draftId, actor, "imported");
                    jdbc.update("update micro_credential set current_version = (select number from "
                            + "micro_credential_version where id = ?) where id = ?", draftId, id);
                }
            } else if (contentChanged) {
                int number = jdbc.queryForObject("select max(number) + 1 from micro_credential_version "
                        + "where micro_credential_id = ?", Integer.class, id);
                long versionId = versions.insertDraft(id, number, content, false, actor, "imported");
                versions.publish(versionId, actor, "imported");
                jdbc.update("update micro_credential set current_version = ? where id = ?", number, id);
            }
            jdbc.update("update micro_credential set title = ?, note = ?, status = ?, row_version = row_version + 1, "
                    + "updated_at = now() where id = ?", c.title(), c.note(), c.status().name(), id);
        }
        for (CatalogDocument.Credential was : before.values()) {
            if (!inFile.contains(was.code()) && was.status() == CredentialStatus.PUBLISHED) {
                jdbc.update("update micro_credential set status = 'RETIRED', row_version = row_version + 1, "
                        + "updated_at = now() where code = ?", was.code());
            }
        }
    }

    private void writeEndorsements(CatalogDocument incoming, CatalogDocument existing) {
        Set<String> inFile = new HashSet<>();
        int groupPosition = 1;
        for (CatalogDocument.Group group : incoming.groups()) {
            String groupCode = slug(group.title());
            long groupId = jdbc.queryForObject("""
                    insert into endorsement_group (code, title, position) values (?, ?, ?)
                    on conflict (code) do update set title = excluded.title, position = excluded.position
                    returning id""", Long.class, groupCode, group.title(), groupPosition++);
            int position = 1;
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                inFile.add(e.code());
                long id = jdbc.queryForObject("""
                        insert into endorsement (code, title, group_id, position, access, status, choose_count, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set title = excluded.title, group_id = excluded.group_id,
                            position = excluded.position, access = excluded.access, status = excluded.status,
                            choose_count = excluded.choose_count, note = excluded.note, updated_at = now(),
                            row_version = endorsement.row_version + 1
                        returning id""", Long.class, e.code(), e.title(), groupId, position++, e.access().name(),
                        e.status().name(), e.chooseCount(), e.note());
                jdbc.update("delete from endorsement_requirement where endorsement_id = ?", id);
                int rulePosition = 1;
                for (String code : e.required()) {
                    requirement(id, code, "REQUIRED", rulePosition++);
                }
                for (String code : e.chooseFrom()) {
                    requirement(id, code, "CHOOSE", rulePosition++);
                }
            }
        }
        for (CatalogDocument.Group group : incoming.groups()) {
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                jdbc.update("update endorsement set prerequisite_id = (select id from endorsement where code = ?) "
                        + "where code = ?", e.prerequisite(), e.code());
            }
        }
        for (CatalogDocument.Endorsement was : existing.endorsementsByCode().values()) {
            if (!inFile.contains(was.code())) {
                jdbc.update("update endorsement set status = 'RETIRED', row_version = row_version + 1, "
                        + "updated_at = now() where code = ?", was.code());
            }
        }
        jdbc.update("delete from endorsement_group g where not exists "
                + "(select 1 from endorsement e where e.group_id = g.id)");
    }

    private void requirement(long endorsementId, String code, String kind, int position) {
        jdbc.update("""
                insert into endorsement_requirement (endorsement_id, micro_credential_id, kind, position)
                values (?, (select id from micro_credential where code = ?), ?, ?)""", endorsementId, code, kind,
                position);
    }

    private void writeRoles(List<CatalogDocument.Role> roles) {
        for (CatalogDocument.Role role : roles) {
            long id = jdbc.queryForObject("""
                    insert into career_role (code, title, tier, map_order, purpose, endorsement_id)
                    values (?, ?, ?, ?, ?, (select id from endorsement where code = ?))
                    on conflict (code) do update set title = excluded.title, tier = excluded.tier,
                        map_order = excluded.map_order, purpose = excluded.purpose,
                        endorsement_id = excluded.endorsement_id, updated_at = now(),
                        row_version = career_role.row_version + 1
                    returning id""", Long.class, role.code(), role.title(), role.tier(), role.order(), role.purpose(),
                    role.endorsement());
            jdbc.update("delete from role_responsibility where role_id = ?", id);
            int position = 1;
            for (String text : role.responsibilities()) {
                jdbc.update("insert into role_responsibility (role_id, position, text) values (?, ?, ?)", id,
                        position++, text);
            }
        }
        for (CatalogDocument.Role role : roles) {
            jdbc.update("delete from career_map_edge where from_role_id = (select id from career_role where code = ?)",
                    role.code());
            for (String next : role.next()) {
                jdbc.update("""
                        insert into career_map_edge (from_role_id, to_role_id)
                        values ((select id from career_role where code = ?), (select id from career_role where code = ?))""",
                        role.code(), next);
            }
        }
    }

    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}

package org.pathways.catalog.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.authoring.EndorsementRuleCheck;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.pathways.catalog.authoring.MicroCredentialVersions;
import org.pathways.catalog.authoring.RoleAuthoring;
import org.pathways.catalog.domain.CatalogRevision;
import org.pathways.catalog.importer.CatalogImportException;
import org.pathways.catalog.transfer.CatalogChange.Kind;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the whole catalog as YAML and imports an edited file: first a preview of what it would
 * add, change and retire, then the same changes in one transaction. A bad file changes nothing.
 */
@Service
public class CatalogTransfer {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final JdbcTemplate jdbc;
    private final CatalogSnapshot snapshot;
    private final MicroCredentialVersions versions;
    private final CatalogRevision revision;
    private final AuditTrail audit;

    CatalogTransfer(JdbcTemplate jdbc, CatalogSnapshot snapshot, MicroCredentialVersions versions,
                    CatalogRevision revision, AuditTrail audit) {
        this.jdbc = jdbc;
        this.snapshot = snapshot;
        this.versions = versions;
        this.revision = revision;
        this.audit = audit;
    }

    /** What an import would do, and the catalog revision it was computed against. */
    public record Preview(List<CatalogChange> changes, long revision) {

        public boolean isEmpty() {
            return changes.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public String export() {
        return CatalogYamlWriter.write(snapshot.read());
    }

    /** Checks the file and lists its changes; throws {@link CatalogImportException} naming each problem. */
    @Transactional(readOnly = true)
    public Preview preview(String text) {
        long current = jdbc.queryForObject("select revision from catalog_revision where id = 1", Long.class);
        CatalogDocument incoming = CatalogYamlReader.read(text);
        CatalogDocument existing = snapshot.read();
        check(incoming, existing);
        return new Preview(diff(incoming, existing), current);
    }

    /**
     * Applies the file if the catalog is still at the previewed revision; otherwise refuses, so an
     * admin never applies changes they did not see.
     */
    @Transactional
    public List<CatalogChange> apply(String text, long previewedRevision, String actor) {
        long current = revision.lock();
        if (current != previewedRevision) {
            throw new CatalogImportException("The catalog changed since this preview; preview the file again.");
        }
        CatalogDocument incoming = CatalogYamlReader.read(text);
        CatalogDocument existing = snapshot.read();
        check(incoming, existing);
        List<CatalogChange> changes = diff(incoming, existing);
        if (changes.isEmpty()) {
            return changes;
        }
        Map<String, CatalogDocument.Credential> before = byCode(existing.microCredentials());
        writeCredentials(incoming, before, actor);
        writeEndorsements(incoming, existing);
        if (incoming.roles() != null) {
            writeRoles(incoming.roles());
        }
        for (CatalogChange change : changes) {
            audit.record(actor, "catalog.import." + change.kind().name().toLowerCase(Locale.ROOT), subject(change.type()),
                    change.code(), change.detail());
        }
        audit.record(actor, "catalog.imported", "catalog", "import", changes.size() + " changes");
        revision.bump();
        return changes;
    }

    private void check(CatalogDocument incoming, CatalogDocument existing) {
        List<String> problems = new ArrayList<>();
        Map<String, CatalogDocument.Credential> current = byCode(existing.microCredentials());
        Set<String> pendingDrafts = new HashSet<>(jdbc.queryForList("""
                select m.code from micro_credential m join micro_credential_version v on v.micro_credential_id = m.id
                where v.published_at is null and m.status <> 'DRAFT'""", String.class));
        Map<String, CredentialStatus> statuses = new HashMap<>();
        for (CatalogDocument.Credential c : incoming.microCredentials()) {
            String where = "line " + c.line() + ", micro-credential '" + c.code() + "': ";
            if (c.code() == null || !CODE.matcher(c.code()).matches()) {
                problems.add(where + "the code should be lower-case letters, digits and hyphens");
            }
            if (statuses.put(c.code(), c.status()) != null) {
                problems.add(where + "the code is used twice");
            }
            CatalogDocument.Credential was = current.get(c.code());
            if (was == null) {
                if (c.content() == null) {
                    problems.add(where + "a new micro-credential needs its content (competency, evidence, rubric)");
                }
                continue;
            }
            if (was.status() == CredentialStatus.RETIRED && c.status() != CredentialStatus.RETIRED) {
                problems.add(where + "it is retired and cannot be brought back by an import");
            }
            if (was.status() != CredentialStatus.DRAFT && c.status() == CredentialStatus.DRAFT) {
                problems.add(where + "it is published; it cannot become a draft again");
            }
            if (c.content() != null && !c.content().equals(was.content()) && pendingDrafts.contains(c.code())) {
                problems.add(where + "it has an unpublished draft in the editor; publish or discard it first");
            }
        }
        Map<String, String> prerequisites = new LinkedHashMap<>();
        Map<String, CatalogDocument.Endorsement> currentEndorsements = endorsementsByCode(existing);
        Set<String> groupTitles = new HashSet<>();
        for (CatalogDocument.Group group : incoming.groups()) {
            if (!groupTitles.add(group.title())) {
                problems.add("endorsement group '" + group.title() + "' appears twice");
            }
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                if (prerequisites.containsKey(e.code())) {
                    problems.add("line " + e.line() + ", endorsement '" + e.code() + "': the code is used twice");
                }
                prerequisites.put(e.code(), e.prerequisite());
            }
        }
        for (CatalogDocument.Group group : incoming.groups()) {
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                String where = "line " + e.line() + ", endorsement '" + e.code() + "': ";
                if (e.code() == null || !CODE.matcher(e.code()).matches()) {
                    problems.add(where + "the code should be lower-case letters, digits and hyphens");
                }
                CatalogDocument.Endorsement was = currentEndorsements.get(e.code());
                Set<String> listed = new HashSet<>();
                if (was != null) {
                    listed.addAll(was.required());
                    listed.addAll(was.chooseFrom());
                }
                if (e.status() != EndorsementStatus.RETIRED) {
                    EndorsementRuleCheck.ruleProblems(e.status(), e.required(), e.chooseCount(), e.chooseFrom(),
                            statuses, listed).forEach(p -> problems.add(where + p));
                }
                EndorsementRuleCheck.prerequisiteProblems(e.code(), e.prerequisite(), withoutSelf(prerequisites, e))
                        .forEach(p -> problems.add(where + p));
            }
        }
        if (incoming.roles() != null) {
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (CatalogDocument.Role role : incoming.roles()) {
                if (map.put(role.code(), role.next()) != null) {
                    problems.add("line " + role.line() + ", role '" + role.code() + "': the code is used twice");
                }
            }
            for (CatalogDocument.Role role : incoming.roles()) {
                String where = "line " + role.line() + ", role '" + role.code() + "': ";
                if (role.code() == null || !CODE.matcher(role.code()).matches()) {
                    problems.add(where + "the code should be lower-case letters, digits and hyphens");
                }
                Map<String, List<String>> others = new LinkedHashMap<>(map);
                others.put(role.code(), List.of());
                RoleAuthoring.problems(new RoleAuthoring.RoleChange(role.code(), role.title(), role.tier(),
                        role.order(), role.purpose(), role.responsibilities(), role.endorsement(), role.next()), others)
                        .forEach(p -> problems.add(where + p));
                if (role.endorsement() != null && !prerequisites.containsKey(role.endorsement())) {
                    problems.add(where + "there is no endorsement '" + role.endorsement() + "' in the file");
                }
            }
            for (CatalogDocument.Role role : existing.roles()) {
                if (!map.containsKey(role.code())) {
                    problems.add("role '" + role.code() + "' is missing from the file; roles cannot be removed "
                            + "(educators hold them), so keep it in the file");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
    }

    /** The prerequisite map with the endorsement's own edge left out, as the check adds it back. */
    private static Map<String, String> withoutSelf(Map<String, String> prerequisites, CatalogDocument.Endorsement e) {
        Map<String, String> others = new LinkedHashMap<>(prerequisites);
        others.put(e.code(), null);
        return others;
    }

    private static List<CatalogChange> diff(CatalogDocument incoming, CatalogDocument existing) {
        List<CatalogChange> changes = new ArrayList<>();
        Map<String, CatalogDocument.Credential> current = byCode(existing.microCredentials());
        Set<String> inFile = new HashSet<>();
        for (CatalogDocument.Credential c : incoming.microCredentials()) {
            inFile.add(c.code());
            CatalogDocument.Credential was = current.get(c.code());
            if (was == null) {
                changes.add(new CatalogChange(Kind.ADDED, "micro-credential", c.code(), c.title(),
                        c.status().name().toLowerCase(Locale.ROOT)));
                continue;
            }
            List<String> what = new ArrayList<>();
            if (!c.title().equals(was.title())) {
                what.add("title");
            }
            if (!Objects.equals(c.note(), was.note())) {
                what.add("note");
            }
            if (c.status() != was.status()) {
                what.add("status " + was.status().name().toLowerCase(Locale.ROOT) + " to "
                        + c.status().name().toLowerCase(Locale.ROOT));
            }
            if (c.content() != null) {
                List<String> sections = c.content().changesFrom(was.content());
                if (!sections.isEmpty()) {
                    what.add("new version: " + String.join(", ", sections));
                }
            }
            if (!what.isEmpty()) {
                changes.add(new CatalogChange(Kind.CHANGED, "micro-credential", c.code(), c.title(),
                        String.join("; ", what)));
            }
        }
        for (CatalogDocument.Credential was : existing.microCredentials()) {
            if (!inFile.contains(was.code()) && was.status() == CredentialStatus.PUBLISHED) {
                changes.add(new CatalogChange(Kind.RETIRED, "micro-credential", was.code(), was.title(),
                        "not in the file"));
            }
        }
        Map<String, CatalogDocument.Endorsement> endorsements = endorsementsByCode(existing);
        Map<String, String> groupOf = groupTitles(existing);
        Set<String> endorsementsInFile = new HashSet<>();
        for (CatalogDocument.Group group : incoming.groups()) {
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                endorsementsInFile.add(e.code());
                CatalogDocument.Endorsement was = endorsements.get(e.code());
                if (was == null) {
                    changes.add(new CatalogChange(Kind.ADDED, "endorsement", e.code(), e.title(), group.title()));
                } else if (!e.sameAs(was, group.title(), groupOf.get(e.code()))) {
                    changes.add(new CatalogChange(Kind.CHANGED, "endorsement", e.code(), e.title(),
                            describe(e, was, group.title(), groupOf.get(e.code()))));
                }
            }
        }
        for (CatalogDocument.Endorsement was : endorsements.values()) {
            if (!endorsementsInFile.contains(was.code()) && was.status() != EndorsementStatus.RETIRED) {
                changes.add(new CatalogChange(Kind.RETIRED, "endorsement", was.code(), was.title(), "not in the file"));
            }
        }
        if (incoming.roles() != null) {
            Map<String, CatalogDocument.Role> roles = new HashMap<>();
            existing.roles().forEach(r -> roles.put(r.code(), r));
            for (CatalogDocument.Role role : incoming.roles()) {
                CatalogDocument.Role was = roles.get(role.code());
                if (was == null) {
                    changes.add(new CatalogChange(Kind.ADDED, "role", role.code(), role.title(), "tier " + role.tier()));
                } else if (!role.sameAs(was)) {
                    changes.add(new CatalogChange(Kind.CHANGED, "role", role.code(), role.title(), "role card or map"));
                }
            }
        }
        return changes;
    }

    private static String describe(CatalogDocument.Endorsement e, CatalogDocument.Endorsement was, String group,
                                   String wasGroup) {
        List<String> what = new ArrayList<>();
        if (!e.title().equals(was.title())) {
            what.add("title");
        }
        if (!group.equals(wasGroup)) {
            what.add("group");
        }
        if (e.access() != was.access()) {
            what.add("access");
        }
        if (e.status() != was.status()) {
            what.add("status");
        }
        if (!e.required().equals(was.required()) || e.chooseCount() != was.chooseCount()
                || !e.chooseFrom().equals(was.chooseFrom())) {
            what.add("rule");
        }
        if (!Objects.equals(e.prerequisite(), was.prerequisite())) {
            what.add("prerequisite");
        }
        if (!Objects.equals(e.note(), was.note())) {
            what.add("note");
        }
        return String.join(", ", what);
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
        for (CatalogDocument.Endorsement was : endorsementsByCode(existing).values()) {
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

    private static Map<String, CatalogDocument.Credential> byCode(List<CatalogDocument.Credential> credentials) {
        Map<String, CatalogDocument.Credential> map = new LinkedHashMap<>();
        credentials.forEach(c -> map.put(c.code(), c));
        return map;
    }

    private static Map<String, CatalogDocument.Endorsement> endorsementsByCode(CatalogDocument document) {
        Map<String, CatalogDocument.Endorsement> map = new LinkedHashMap<>();
        document.groups().forEach(g -> g.endorsements().forEach(e -> map.put(e.code(), e)));
        return map;
    }

    private static Map<String, String> groupTitles(CatalogDocument document) {
        Map<String, String> map = new HashMap<>();
        document.groups().forEach(g -> g.endorsements().forEach(e -> map.put(e.code(), g.title())));
        return map;
    }

    private static String subject(String type) {
        return switch (type) {
            case "micro-credential" -> "micro_credential";
            case "role" -> "career_role";
            default -> type;
        };
    }

    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}

package org.pathways.catalog.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.pathways.catalog.MicroCredential;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.pathways.catalog.authoring.MicroCredentialVersions;
import org.pathways.catalog.domain.CatalogRevision;
import org.pathways.catalog.importer.CatalogFile.EndorsementEntry;
import org.pathways.catalog.importer.CatalogFile.GroupEntry;
import org.pathways.catalog.importer.CatalogFile.MicroCredentialEntry;
import org.pathways.catalog.importer.RoleFile.RoleEntry;
import org.pathways.shared.AuditTrail;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the catalog file with sample content and role cards. All files are checked before
 * anything is written; the writes are one transaction; the same files twice change nothing.
 */
@Service
public class CatalogImporter {

    private static final BigDecimal SAMPLE_CPE_HOURS = BigDecimal.valueOf(15);

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final MicroCredentialVersions versions;
    private final CatalogRevision revision;

    CatalogImporter(JdbcTemplate jdbc, AuditTrail audit, MicroCredentialVersions versions, CatalogRevision revision) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.versions = versions;
        this.revision = revision;
    }

    /** What an import did: counts in the files, and whether it changed the catalog. */
    public record ImportResult(boolean changed, int microCredentials, int endorsements, int groups, int roles) {
    }

    @Transactional
    public ImportResult importCatalog(Resource catalogFile, Resource sampleContentFile, Resource roleFile,
                                      String actor) {
        CatalogFile catalog = CatalogFile.read(catalogFile);
        SampleContent samples = SampleContent.read(sampleContentFile);
        RoleFile roles = RoleFile.read(roleFile, catalog.endorsementCodes());
        int endorsementCount = catalog.endorsementCodes().size();
        ImportResult result = new ImportResult(true, catalog.microCredentials().size(), endorsementCount,
                catalog.groups().size(), roles.roles().size());

        // Serialises concurrent imports (two nodes starting at once) on the revision row.
        revision.lock();
        String fingerprint = fingerprint(catalogFile, sampleContentFile, roleFile);
        Integer seen = jdbc.queryForObject("select count(*) from catalog_import where fingerprint = ?", Integer.class,
                fingerprint);
        if (seen != null && seen > 0) {
            return new ImportResult(false, result.microCredentials(), result.endorsements(), result.groups(),
                    result.roles());
        }

        Map<String, Long> credentialIds = writeMicroCredentials(catalog.microCredentials(), samples, actor);
        Map<String, Long> endorsementIds = writeEndorsements(catalog.groups(), credentialIds);
        writeRoles(roles.roles(), endorsementIds);

        revision.bump();
        jdbc.update("""
                insert into catalog_import (fingerprint, imported_by, micro_credentials, endorsements, roles)
                values (?, ?, ?, ?, ?)""", fingerprint, actor, result.microCredentials(), endorsementCount,
                result.roles());
        audit.record(actor, "catalog.imported", "catalog", fingerprint.substring(0, 12),
                result.microCredentials() + " micro-credentials, " + endorsementCount + " endorsements, "
                        + result.roles() + " roles");
        return result;
    }

    private Map<String, Long> writeMicroCredentials(List<MicroCredentialEntry> entries, SampleContent samples,
                                                    String actor) {
        Map<String, Long> ids = new HashMap<>();
        for (MicroCredentialEntry entry : entries) {
            long id = jdbc.queryForObject("""
                    insert into micro_credential (code, title, status, note) values (?, ?, 'PUBLISHED', ?)
                    on conflict (code) do update set title = excluded.title, note = excluded.note, updated_at = now()
                    returning id""", Long.class, entry.code(), entry.title(), entry.note());
            ids.put(entry.code(), id);
            Integer versions = jdbc.queryForObject(
                    "select count(*) from micro_credential_version where micro_credential_id = ?", Integer.class, id);
            if (versions == null || versions == 0) {
                writeFirstVersion(id, samples.forCredential(entry.code(), entry.title()), samples.levels(), actor);
            }
        }
        return ids;
    }

    private void writeFirstVersion(long credentialId, SampleContent.Content content, List<String> levels,
                                   String actor) {
        List<EvidencePart> parts = new ArrayList<>();
        for (SampleContent.Part part : content.parts()) {
            parts.add(new EvidencePart(parts.size() + 1, part.title(), part.instructions(), part.text(), part.files(),
                    part.links()));
        }
        MicroCredentialContent first = new MicroCredentialContent(content.competency(), content.keyMethod(),
                SAMPLE_CPE_HOURS, SampleContent.PASSING_SCORE, levels,
                parts,
                content.rubric().stream()
                        .map(c -> new MicroCredentialContent.Criterion(c.title(), c.descriptors())).toList(),
                content.resources().stream().map(l -> new MicroCredential.Resource(l.title(), l.url())).toList());
        long versionId = versions.insertDraft(credentialId, 1, first, true, actor, null);
        versions.publish(versionId, actor, null);
    }

    private Map<String, Long> writeEndorsements(List<GroupEntry> groups, Map<String, Long> credentialIds) {
        Map<String, Long> ids = new HashMap<>();
        int groupPosition = 1;
        for (GroupEntry group : groups) {
            long groupId = jdbc.queryForObject("""
                    insert into endorsement_group (code, title, position) values (?, ?, ?)
                    on conflict (code) do update set title = excluded.title, position = excluded.position
                    returning id""", Long.class, group.code(), group.title(), groupPosition++);
            int position = 1;
            for (EndorsementEntry e : group.endorsements()) {
                long id = jdbc.queryForObject("""
                        insert into endorsement (code, title, group_id, position, access, status, choose_count, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set title = excluded.title, group_id = excluded.group_id,
                            position = excluded.position, access = excluded.access, status = excluded.status,
                            choose_count = excluded.choose_count, note = excluded.note, updated_at = now(),
                            row_version = endorsement.row_version + 1
                        returning id""", Long.class, e.code(), e.title(), groupId, position++, e.access().name(),
                        e.status().name(), e.chooseCount(), e.note());
                ids.put(e.code(), id);
                writeRequirements(id, e, credentialIds);
            }
        }
        for (GroupEntry group : groups) {
            for (EndorsementEntry e : group.endorsements()) {
                jdbc.update("update endorsement set prerequisite_id = ? where id = ?",
                        e.prerequisite() == null ? null : ids.get(e.prerequisite()), ids.get(e.code()));
            }
        }
        return ids;
    }

    private void writeRequirements(long endorsementId, EndorsementEntry e, Map<String, Long> credentialIds) {
        jdbc.update("delete from endorsement_requirement where endorsement_id = ?", endorsementId);
        int position = 1;
        for (String code : e.required()) {
            jdbc.update("""
                    insert into endorsement_requirement (endorsement_id, micro_credential_id, kind, position)
                    values (?, ?, 'REQUIRED', ?)""", endorsementId, credentialIds.get(code), position++);
        }
        for (String code : e.chooseFrom()) {
            jdbc.update("""
                    insert into endorsement_requirement (endorsement_id, micro_credential_id, kind, position)
                    values (?, ?, 'CHOOSE', ?)""", endorsementId, credentialIds.get(code), position++);
        }
    }

    private void writeRoles(List<RoleEntry> roles, Map<String, Long> endorsementIds) {
        Map<String, Long> ids = new HashMap<>();
        int order = 1;
        for (RoleEntry role : roles) {
            long id = jdbc.queryForObject("""
                    insert into career_role (code, title, tier, map_order, purpose, endorsement_id, sample_content)
                    values (?, ?, ?, ?, ?, ?, true)
                    on conflict (code) do update set title = excluded.title, tier = excluded.tier,
                        map_order = excluded.map_order, purpose = excluded.purpose,
                        endorsement_id = excluded.endorsement_id, updated_at = now(),
                        row_version = career_role.row_version + 1
                    returning id""", Long.class, role.code(), role.title(), role.tier(), order++, role.purpose(),
                    role.endorsement() == null ? null : endorsementIds.get(role.endorsement()));
            ids.put(role.code(), id);
            jdbc.update("delete from role_responsibility where role_id = ?", id);
            int position = 1;
            for (String text : role.responsibilities()) {
                jdbc.update("insert into role_responsibility (role_id, position, text) values (?, ?, ?)", id,
                        position++, text);
            }
        }
        for (RoleEntry role : roles) {
            jdbc.update("delete from career_map_edge where from_role_id = ?", ids.get(role.code()));
            for (String next : role.next()) {
                jdbc.update("insert into career_map_edge (from_role_id, to_role_id) values (?, ?)",
                        ids.get(role.code()), ids.get(next));
            }
        }
    }

    private static String fingerprint(Resource... resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new CatalogImportException("Cannot read the catalog files: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

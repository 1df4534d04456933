package org.pathways.catalog.authoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.MicroCredential;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.MicroCredential.Resource;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads and writes the content of micro-credential versions (parts, rubric, resources). */
@Repository
public class MicroCredentialVersions {

    private final JdbcTemplate jdbc;

    MicroCredentialVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of a micro-credential's history. */
    public record VersionSummary(long id, int number, boolean published, OffsetDateTime createdAt, String createdBy,
                                 OffsetDateTime publishedAt, String publishedBy, String changeNote) {
    }

    /** A version as an educator sees it, whether it is the current one or an older one pinned by a submission. */
    public Optional<MicroCredential> published(String code, int number) {
        return jdbc.query("""
                select m.code, m.title, m.status, v.id, v.number, v.sample_content, m.note
                from micro_credential m join micro_credential_version v on v.micro_credential_id = m.id
                where m.code = ? and v.number = ? and v.published_at is not null""", rs -> {
            if (!rs.next()) {
                return Optional.<MicroCredential>empty();
            }
            return Optional.of(asCredential(rs.getString(1), rs.getString(2),
                    CredentialStatus.valueOf(rs.getString(3)), rs.getInt(5), rs.getBoolean(6), rs.getString(7),
                    content(rs.getLong(4))));
        }, code, number);
    }

    public static MicroCredential asCredential(String code, String title, CredentialStatus status, int number,
                                               boolean sample, String note, MicroCredentialContent content) {
        return new MicroCredential(code, title, status, number, content.competency(), content.keyMethod(),
                content.cpeHours(), content.passingScore(), sample, note, content.parts(), content.rubricCriteria(),
                content.resources());
    }

    public MicroCredentialContent content(long versionId) {
        MicroCredentialContent content = contents(List.of(versionId)).get(versionId);
        if (content == null) {
            throw new EmptyResultDataAccessException("No micro-credential version " + versionId, 1);
        }
        return content;
    }

    /** The content of several versions, by version id, in four statements however many there are. */
    public Map<Long, MicroCredentialContent> contents(Collection<Long> versionIds) {
        Object ids = versionIds.toArray(Long[]::new);
        Map<Long, List<EvidencePart>> parts = new HashMap<>();
        jdbc.query("""
                select version_id, position, title, instructions, accepts_text, accepts_files, accepts_links
                from evidence_part where version_id = any (?) order by version_id, position""", rs -> {
            parts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EvidencePart(rs.getInt(2),
                    rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)));
        }, ids);
        Map<Long, Rubric> rubrics = new HashMap<>();
        jdbc.query("""
                select c.version_id, c.id, c.title, l.label, l.descriptor from rubric_criterion c
                left join rubric_level l on l.criterion_id = c.id
                where c.version_id = any (?) order by c.version_id, c.position, l.score""", rs -> {
            rubrics.computeIfAbsent(rs.getLong(1), k -> new Rubric()).add(rs.getLong(2), rs.getString(3),
                    rs.getString(4), rs.getString(5));
        }, ids);
        Map<Long, List<Resource>> resources = new HashMap<>();
        jdbc.query("""
                select version_id, title, url from resource_link where version_id = any (?)
                order by version_id, position""", rs -> {
            resources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Resource(rs.getString(2), rs.getString(3)));
        }, ids);
        Map<Long, MicroCredentialContent> contents = new HashMap<>();
        jdbc.query("""
                select id, competency, key_method, cpe_hours, passing_score from micro_credential_version
                where id = any (?)""", rs -> {
            long id = rs.getLong(1);
            Rubric rubric = rubrics.getOrDefault(id, new Rubric());
            contents.put(id, new MicroCredentialContent(rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                    rs.getInt(5), rubric.levels, parts.getOrDefault(id, List.of()), rubric.criteria(),
                    resources.getOrDefault(id, List.of())));
        }, ids);
        return contents;
    }

    /** Collects a version's rubric rows; the level labels are shared, so they come from the first criterion. */
    private static final class Rubric {

        private final Map<Long, String> titles = new LinkedHashMap<>();
        private final Map<Long, List<String>> descriptors = new LinkedHashMap<>();
        private final List<String> levels = new ArrayList<>();

        void add(long criterionId, String title, String label, String descriptor) {
            boolean first = titles.isEmpty() || titles.keySet().iterator().next() == criterionId;
            if (first && label != null) {
                levels.add(label);
            }
            titles.putIfAbsent(criterionId, title);
            if (descriptor != null) {
                descriptors.computeIfAbsent(criterionId, k -> new ArrayList<>()).add(descriptor);
            }
        }

        List<MicroCredentialContent.Criterion> criteria() {
            return titles.entrySet().stream()
                    .map(e -> new MicroCredentialContent.Criterion(e.getValue(),
                            descriptors.getOrDefault(e.getKey(), List.of())))
                    .toList();
        }
    }

    /** Writes the content into an unpublished version, replacing what it held. */
    public void write(long versionId, MicroCredentialContent content) {
        jdbc.update("delete from evidence_part where version_id = ?", versionId);
        jdbc.update("delete from rubric_criterion where version_id = ?", versionId);
        jdbc.update("delete from resource_link where version_id = ?", versionId);
        jdbc.update("update micro_credential_version set competency = ?, key_method = ?, cpe_hours = ?, "
                + "passing_score = ? where id = ?", content.competency(), content.keyMethod(), content.cpeHours(),
                content.passingScore(), versionId);
        int position = 1;
        for (EvidencePart part : content.parts()) {
            jdbc.update("""
                    insert into evidence_part (version_id, position, title, instructions, accepts_text, accepts_files,
                        accepts_links) values (?, ?, ?, ?, ?, ?, ?)""", versionId, position++, part.title(),
                    part.instructions(), part.acceptsText(), part.acceptsFiles(), part.acceptsLinks());
        }
        position = 1;
        for (MicroCredentialContent.Criterion criterion : content.rubric()) {
            long criterionId = jdbc.queryForObject(
                    "insert into rubric_criterion (version_id, position, title) values (?, ?, ?) returning id",
                    Long.class, versionId, position++, criterion.title());
            for (int score = 1; score <= content.levels().size(); score++) {
                jdbc.update("insert into rubric_level (criterion_id, score, label, descriptor) values (?, ?, ?, ?)",
                        criterionId, score, content.levels().get(score - 1), criterion.descriptors().get(score - 1));
            }
        }
        position = 1;
        for (Resource link : content.resources()) {
            jdbc.update("insert into resource_link (version_id, position, title, url) values (?, ?, ?, ?)",
                    versionId, position++, link.title(), link.url());
        }
    }

    /** Creates an unpublished version with the given number and content; returns its id. */
    public long insertDraft(long credentialId, int number, MicroCredentialContent content, boolean sample,
                            String actor, String changeNote) {
        long versionId = jdbc.queryForObject("""
                insert into micro_credential_version (micro_credential_id, number, competency, key_method, cpe_hours,
                    passing_score, sample_content, created_by, change_note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, credentialId, number,
                content.competency(), content.keyMethod(), content.cpeHours(), content.passingScore(), sample, actor,
                changeNote);
        write(versionId, content);
        return versionId;
    }

    /** Freezes a version: from now on its content cannot change (a database trigger holds it). */
    public void publish(long versionId, String actor, String changeNote) {
        jdbc.update("update micro_credential_version set published_at = now(), published_by = ?, change_note = ? "
                + "where id = ?", actor, changeNote, versionId);
    }

    public List<VersionSummary> history(long credentialId) {
        return jdbc.query("""
                select id, number, published_at is not null, created_at, created_by, published_at, published_by,
                       change_note
                from micro_credential_version where micro_credential_id = ? order by number desc""",
                (rs, i) -> new VersionSummary(rs.getLong(1), rs.getInt(2), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7), rs.getString(8)), credentialId);
    }
}

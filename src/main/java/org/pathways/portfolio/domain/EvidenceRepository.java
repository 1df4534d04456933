package org.pathways.portfolio.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Written responses, links and file records of submissions. */
@Repository
class EvidenceRepository {

    private final JdbcTemplate jdbc;

    EvidenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Evidence of(long submissionId) {
        Map<Integer, Evidence.Response> responses = new LinkedHashMap<>();
        jdbc.query("select id, part_position, body from evidence_response where submission_id = ? order by part_position",
                rs -> {
                    responses.put(rs.getInt(2), new Evidence.Response(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                }, submissionId);
        List<Evidence.Link> links = jdbc.query(
                "select id, part_position, url, title from evidence_link where submission_id = ? order by id",
                (rs, i) -> new Evidence.Link(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                submissionId);
        List<Evidence.File> files = jdbc.query("""
                select id, part_position, file_name, content_type, size_bytes, sha256, content_id
                from evidence_file where submission_id = ? order by id""",
                (rs, i) -> new Evidence.File(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getLong(7)), submissionId);
        return new Evidence(responses, links, files);
    }

    void saveResponse(long submissionId, int part, String body) {
        if (body == null || body.isBlank()) {
            jdbc.update("delete from evidence_response where submission_id = ? and part_position = ?", submissionId, part);
            return;
        }
        jdbc.update("""
                insert into evidence_response (submission_id, part_position, body) values (?, ?, ?)
                on conflict (submission_id, part_position) do update set body = excluded.body, updated_at = now()""",
                submissionId, part, body);
    }

    void addLink(long submissionId, int part, String url, String title) {
        jdbc.update("insert into evidence_link (submission_id, part_position, url, title) values (?, ?, ?, ?)",
                submissionId, part, url, title);
    }

    boolean removeLink(long submissionId, long linkId) {
        return jdbc.update("delete from evidence_link where id = ? and submission_id = ?", linkId, submissionId) == 1;
    }

    void addFile(long submissionId, int part, String name, String contentType, EvidenceStorage.StoredContent content) {
        jdbc.update("""
                insert into evidence_file (submission_id, part_position, file_name, content_type, size_bytes, sha256,
                                           content_id) values (?, ?, ?, ?, ?, ?, ?)""",
                submissionId, part, name, contentType, content.sizeBytes(), content.sha256(), content.id());
    }

    boolean removeFile(long submissionId, long fileId) {
        return jdbc.update("delete from evidence_file where id = ? and submission_id = ?", fileId, submissionId) == 1;
    }

    Optional<Evidence.File> file(long submissionId, long fileId) {
        return jdbc.query("""
                select id, part_position, file_name, content_type, size_bytes, sha256, content_id
                from evidence_file where id = ? and submission_id = ?""",
                (rs, i) -> new Evidence.File(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getLong(7)), fileId, submissionId).stream().findFirst();
    }

    /** A next attempt starts from the evidence of the one before; file content is shared, not copied. */
    void copy(long fromSubmissionId, long toSubmissionId) {
        jdbc.update("""
                insert into evidence_response (submission_id, part_position, body)
                select ?, part_position, body from evidence_response where submission_id = ?""",
                toSubmissionId, fromSubmissionId);
        jdbc.update("""
                insert into evidence_link (submission_id, part_position, url, title)
                select ?, part_position, url, title from evidence_link where submission_id = ? order by id""",
                toSubmissionId, fromSubmissionId);
        jdbc.update("""
                insert into evidence_file (submission_id, part_position, file_name, content_type, size_bytes, sha256,
                                           content_id)
                select ?, part_position, file_name, content_type, size_bytes, sha256, content_id
                from evidence_file where submission_id = ? order by id""", toSubmissionId, fromSubmissionId);
    }
}

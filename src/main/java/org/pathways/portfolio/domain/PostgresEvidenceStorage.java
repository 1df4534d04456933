package org.pathways.portfolio.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Evidence content in PostgreSQL, as 1 MB bytea chunks: never more than one chunk in memory. */
@Component
class PostgresEvidenceStorage implements EvidenceStorage {

    static final int CHUNK_BYTES = 1024 * 1024;

    private final JdbcTemplate jdbc;

    PostgresEvidenceStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredContent store(InputStream content, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        long id = jdbc.queryForObject("insert into evidence_content (size_bytes, sha256) values (0, '') returning id",
                Long.class);
        long size = 0;
        int seq = 0;
        try (DigestInputStream in = new DigestInputStream(content, sha256)) {
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                size += chunk.length;
                if (size > maxBytes) {
                    throw new UploadRefusedException("The file is larger than the " + UploadLimits.describe(maxBytes)
                            + " still allowed.");
                }
                jdbc.update("insert into evidence_content_chunk (content_id, seq, data) values (?, ?, ?)",
                        id, seq++, chunk);
            }
        }
        String hash = HexFormat.of().formatHex(sha256.digest());
        jdbc.update("update evidence_content set size_bytes = ?, sha256 = ? where id = ?", size, hash, id);
        return new StoredContent(id, size, hash);
    }

    @Override
    public void copyTo(long contentId, OutputStream out) throws IOException {
        Integer chunks = jdbc.queryForObject("select count(*) from evidence_content_chunk where content_id = ?",
                Integer.class, contentId);
        for (int seq = 0; seq < chunks; seq++) {
            byte[] data = jdbc.queryForObject(
                    "select data from evidence_content_chunk where content_id = ? and seq = ?", byte[].class,
                    contentId, seq);
            out.write(data);
        }
        out.flush();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

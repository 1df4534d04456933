package org.pathways.portfolio.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where evidence file content lives. The default keeps it in PostgreSQL, in the same transaction as the
 * submission; a filesystem or S3-compatible store can implement this later.
 */
public interface EvidenceStorage {

    /** Streams the content in, computing its SHA-256; fails with {@link UploadRefusedException} past {@code maxBytes}. */
    StoredContent store(InputStream content, long maxBytes) throws IOException;

    /** Streams the content out. */
    void copyTo(long contentId, OutputStream out) throws IOException;

    record StoredContent(long id, long sizeBytes, String sha256) {
    }
}

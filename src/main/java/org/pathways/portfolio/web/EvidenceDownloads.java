package org.pathways.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.pathways.portfolio.SubmissionDetail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Evidence is always downloaded, never shown inline, and the browser may not guess another type. */
final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    static void prepare(HttpServletResponse response, SubmissionDetail.File file) {
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}

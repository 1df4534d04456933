package org.pathways.portfolio.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Upload limits (pathways.portfolio.*); the multipart limits of the servlet container follow them. */
@ConfigurationProperties("pathways.portfolio")
public record UploadLimits(DataSize maxFileSize, DataSize maxSubmissionSize) {

    public UploadLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(100) : maxFileSize;
        maxSubmissionSize = maxSubmissionSize == null ? DataSize.ofMegabytes(500) : maxSubmissionSize;
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}

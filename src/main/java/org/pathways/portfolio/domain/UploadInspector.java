package org.pathways.portfolio.domain;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload really is from its content (Apache Tika), against an allow-list, and
 * turns the name a browser sent into one that is safe to store and show.
 */
@Component
class UploadInspector {

    static final String ACCEPTED = "PDF, Office documents, images, audio, video or plain text";

    private static final Set<String> ALLOWED_APPLICATION_TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/x-tika-ooxml",
            "application/x-tika-msoffice",
            "application/rtf");

    private final Tika tika = new Tika();

    /** The detected media type; the stream must support mark/reset and is left at its start. */
    String detect(InputStream content, String fileName) throws IOException {
        return MediaType.parse(tika.detect(content, fileName)).getBaseType().toString();
    }

    boolean isAllowed(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        if (type == null) {
            return false;
        }
        return switch (type.getType()) {
            case "image" -> !type.getSubtype().contains("svg"); // SVG can carry script
            case "audio", "video" -> true;
            case "text" -> type.getSubtype().equals("plain");
            case "application" -> ALLOWED_APPLICATION_TYPES.contains(type.getBaseType().toString());
            default -> false;
        };
    }

    /** Keeps the last path segment, letters, digits and a little punctuation; never empty, never hidden. */
    static String sanitizeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("^[ ._]+", "")
                .strip();
        if (name.length() > 150) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 150 - extension.length()) + extension;
        }
        return name.isEmpty() ? "file" : name;
    }
}

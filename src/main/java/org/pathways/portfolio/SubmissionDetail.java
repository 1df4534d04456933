package org.pathways.portfolio;

import java.time.Instant;
import java.util.List;

/** A submission with its evidence, as its owner and its reviewers read it; text is already rendered safely. */
public record SubmissionDetail(
        long id,
        long educatorId,
        String educatorName,
        String campusCode,
        String campusName,
        String microCredentialCode,
        String microCredentialTitle,
        int microCredentialVersion,
        int attempt,
        SubmissionStatus status,
        Instant submittedAt,
        long version,
        List<Part> parts) {

    /** The evidence given for one evidence part of the micro-credential. */
    public record Part(int position, String title, String instructions, boolean acceptsText, boolean acceptsFiles,
                       boolean acceptsLinks, String responseMarkdown, String responseHtml, List<Link> links,
                       List<File> files, List<Match> matches) {

        public boolean isEmpty() {
            return (responseMarkdown == null || responseMarkdown.isBlank()) && links.isEmpty() && files.isEmpty();
        }
    }

    public record Link(long id, String url, String title) {
    }

    public record File(long id, String name, String contentType, long sizeBytes, String sha256) {
    }

    /** A near match with another educator's evidence, flagged on submit; the other side is anonymous. */
    public record Match(String kind, double similarity, String matchedHtml) {
    }

    public boolean hasMatches() {
        return parts.stream().anyMatch(p -> !p.matches().isEmpty());
    }
}

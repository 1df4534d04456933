package org.pathways.portfolio.domain;

import java.util.List;
import java.util.Map;

/** All evidence of one submission, keyed by evidence part position. */
record Evidence(Map<Integer, Response> responses, List<Link> links, List<File> files) {

    record Response(long id, int partPosition, String body) {
    }

    record Link(long id, int partPosition, String url, String title) {
    }

    record File(long id, int partPosition, String name, String contentType, long sizeBytes, String sha256,
                long contentId) {
    }

    boolean isEmpty(int partPosition) {
        Response response = responses.get(partPosition);
        return (response == null || response.body().isBlank())
                && links.stream().noneMatch(l -> l.partPosition() == partPosition)
                && files.stream().noneMatch(f -> f.partPosition() == partPosition);
    }

    long totalFileBytes() {
        return files.stream().mapToLong(File::sizeBytes).sum();
    }
}

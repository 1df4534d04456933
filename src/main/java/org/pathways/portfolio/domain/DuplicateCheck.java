package org.pathways.portfolio.domain;

import java.util.List;

/** What the duplicate check found: refusals stop the submit; flags go to the reviewer. */
record DuplicateCheck(List<String> refusals, List<Flag> flags, List<Signature> signatures) {

    record Flag(int partPosition, String kind, long matchedSubmissionId, int matchedPartPosition, double similarity) {
    }

    /** The fingerprint of a response of this submission, stored once the submit goes through. */
    record Signature(long responseId, TextFingerprint fingerprint) {
    }

    boolean refused() {
        return !refusals.isEmpty();
    }
}

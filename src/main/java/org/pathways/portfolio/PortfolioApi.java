package org.pathways.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.springframework.stereotype.Service;

/** Submissions as the review module reads them, and the status changes a review makes. */
@Service
public class PortfolioApi {

    private final SubmissionQueries queries;
    private final SubmissionService submissions;

    PortfolioApi(SubmissionQueries queries, SubmissionService submissions) {
        this.queries = queries;
        this.submissions = submissions;
    }

    public Optional<SubmissionDetail> submission(long submissionId) {
        return queries.detail(submissionId);
    }

    /** Submitted and in-review attempts of the given micro-credentials, oldest first. */
    public List<WaitingSubmission> waiting(List<String> microCredentialCodes, String campusCode, int limit) {
        return queries.waiting(new ArrayList<>(microCredentialCodes), campusCode, limit);
    }

    /** Earlier attempts of the same educator and micro-credential, oldest first. */
    public List<Long> earlierAttempts(long submissionId) {
        return queries.earlierAttempts(submissionId);
    }

    /** A reviewer opened the submission: withdrawal is no longer possible. */
    public void beginReview(long submissionId) {
        submissions.beginReview(submissionId);
    }

    /** Records the outcome; fails with an optimistic locking exception when the version is no longer current. */
    public void recordDecision(long submissionId, long expectedVersion, SubmissionOutcome outcome) {
        submissions.decide(submissionId, expectedVersion, outcome);
    }

    public void recordRevocation(long submissionId) {
        submissions.revoke(submissionId);
    }

    /** Streams an evidence file of the submission (callers check who may read it). */
    public void copyFile(long submissionId, long fileId, OutputStream out) throws IOException {
        submissions.copyFile(submissionId, fileId, out);
    }
}

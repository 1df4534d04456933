package org.pathways.portfolio;

import java.time.Instant;

/** A submitted attempt waiting for a decision, for the review queue. */
public record WaitingSubmission(long id, long educatorId, String educatorName, String campusCode, String campusName,
                                String microCredentialCode, int attempt, SubmissionStatus status,
                                Instant submittedAt) {
}

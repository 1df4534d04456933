package org.pathways.portfolio;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/** An educator submitted a portfolio (an attempt) for review. */
@DomainEvent
public record SubmissionSubmitted(long submissionId, long educatorId, String microCredentialCode, int attempt,
                                  Instant submittedAt) {
}

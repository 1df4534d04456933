package org.pathways.review;

import org.jmolecules.event.annotation.DomainEvent;

/** A reviewer returned a submission for revision; the educator may resubmit while attempts remain. */
@DomainEvent
public record SubmissionReturned(long submissionId, long educatorId, String microCredentialCode, int attempt) {
}

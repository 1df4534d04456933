package org.pathways.pathways.domain;

import org.pathways.portfolio.SubmissionSubmitted;
import org.pathways.review.CredentialEarned;
import org.pathways.review.CredentialRevoked;
import org.pathways.review.SubmissionReturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows portfolio and review through their events only: what is in progress, what is earned or
 * revoked, and so which endorsements are complete. Every handler is safe to run twice.
 */
@Component
class CredentialEventsListener {

    private final EarnedCredentials credentials;
    private final Completions completions;

    CredentialEventsListener(EarnedCredentials credentials, Completions completions) {
        this.credentials = credentials;
        this.completions = completions;
    }

    @ApplicationModuleListener
    void on(CredentialEarned event) {
        credentials.lockEducator(event.educatorId());
        credentials.recordEarned(event.earnedCredentialId(), event.educatorId(), event.microCredentialCode(),
                event.earnedOn());
        completions.reevaluate(event.educatorId(), event.earnedOn());
    }

    @ApplicationModuleListener
    void on(CredentialRevoked event) {
        credentials.lockEducator(event.educatorId());
        credentials.markRevoked(event.earnedCredentialId(), event.revokedOn());
        completions.reevaluate(event.educatorId(), event.revokedOn());
    }

    @ApplicationModuleListener
    void on(SubmissionSubmitted event) {
        credentials.lockEducator(event.educatorId());
        credentials.recordInProgress(event.educatorId(), event.microCredentialCode(), event.submissionId(),
                event.attempt(), "SUBMITTED", event.submittedAt());
    }

    @ApplicationModuleListener
    void on(SubmissionReturned event) {
        credentials.lockEducator(event.educatorId());
        credentials.recordInProgress(event.educatorId(), event.microCredentialCode(), event.submissionId(),
                event.attempt(), "RETURNED", java.time.Instant.now());
    }
}

package org.pathways.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * An educator earned a micro-credential: a reviewer's decision (or an admin's settlement) made it so.
 * {@code earnedCredentialId} identifies the earned record; handlers use it to stay idempotent.
 */
@DomainEvent
public record CredentialEarned(
        long earnedCredentialId,
        long educatorId,
        String microCredentialCode,
        int microCredentialVersion,
        LocalDate earnedOn,
        BigDecimal cpeHours,
        long submissionId) {
}

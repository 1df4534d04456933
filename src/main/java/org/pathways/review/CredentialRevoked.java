package org.pathways.review;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/** An admin revoked an earned micro-credential (e.g. copied evidence found later); credits are reversed. */
@DomainEvent
public record CredentialRevoked(
        long earnedCredentialId,
        long educatorId,
        String microCredentialCode,
        LocalDate revokedOn,
        String reason,
        String revokedBy) {
}

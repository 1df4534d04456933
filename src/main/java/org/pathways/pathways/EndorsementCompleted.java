package org.pathways.pathways;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/** An educator's earned micro-credentials now meet an endorsement's rule. Published once per educator and endorsement. */
@DomainEvent
public record EndorsementCompleted(long educatorId, String endorsementCode, LocalDate completedOn) {
}

package org.pathways.incentives;

import java.math.BigDecimal;
import org.jmolecules.event.annotation.DomainEvent;

/** An admin approved a stipend line for payment; it goes into the next payroll batch. */
@DomainEvent
public record StipendApproved(long stipendLineId, long educatorId, String schoolYear, String microCredentialCode,
                              BigDecimal amountUsd, String approvedBy) {
}

package org.pathways.incentives.domain;

import java.time.LocalDate;
import org.pathways.shared.Money;

/** A stipend line as pages show it; {@code educatorName} and {@code title} are filled in for display. */
public record StipendLineView(long id, long earnedCredentialId, long educatorId, String educatorName,
                              String employeeId, String campusCode, String schoolYear, String microCredentialCode,
                              String title, LocalDate earnedOn, Money amount, StipendOutcome outcome,
                              StipendStatus status, Long batchId, String reversedReason) {

    /** What the line means for the educator, e.g. "Paid" or "Not paid: over the yearly cap". */
    public String describe() {
        return switch (outcome) {
            case OVER_CAP, NOT_ELIGIBLE -> status == StipendStatus.REVERSED ? "Reversed"
                    : "Not paid: " + outcome.label().toLowerCase(java.util.Locale.ROOT);
            case REVERSAL -> status == StipendStatus.EXPORTED ? "Reversal, deducted" : "Reversal, in the next payroll";
            case AWARDED -> status.label();
        };
    }
}

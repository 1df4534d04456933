package org.pathways.review.domain;

import org.pathways.portfolio.SubmissionOutcome;

/** What a reviewer's scoring led to, with the message the reviewer reads. */
public enum Recorded {
    EARNED("Decision recorded: earned. The educator has been told."),
    RETURNED("Decision recorded: needs revision. The educator has been sent your feedback."),
    AWAITING_SECOND_SCORING("Your scoring is recorded. This submission is one of those scored twice: another "
            + "reviewer scores it independently before the decision is final."),
    SENT_TO_ADMIN("Your scoring is recorded. It differs from the other reviewer's decision, so an administrator "
            + "will settle it.");

    private final String message;

    Recorded(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    static Recorded decided(SubmissionOutcome outcome) {
        return outcome == SubmissionOutcome.EARNED ? EARNED : RETURNED;
    }
}

package org.pathways.review.domain;

/** Someone else decided (or changed) the submission first. */
public class DecisionConflictException extends ReviewException {

    public DecisionConflictException() {
        super("Another reviewer recorded a decision on this submission while you were scoring it. "
                + "Your scores were not saved; the decision shown is the one that counts.");
    }
}

package org.pathways.portfolio.domain;

/** A request the submission's rules do not allow; the message is written for the person who asked. */
public class SubmissionStateException extends RuntimeException {

    public SubmissionStateException(String message) {
        super(message);
    }
}

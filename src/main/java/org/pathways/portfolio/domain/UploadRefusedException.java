package org.pathways.portfolio.domain;

/** An upload that breaks a rule (size, type); the message tells the educator what to do instead. */
public class UploadRefusedException extends SubmissionStateException {

    public UploadRefusedException(String message) {
        super(message);
    }
}

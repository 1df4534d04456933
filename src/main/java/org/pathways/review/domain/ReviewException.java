package org.pathways.review.domain;

/** A review action that the rules refuse; the message is written for the reviewer or admin. */
public class ReviewException extends RuntimeException {

    public ReviewException(String message) {
        super(message);
    }
}

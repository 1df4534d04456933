package org.pathways.review.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not this reviewer's to see (not assigned, their own, or missing): answered as not found, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotAllowedException extends RuntimeException {

    public NotAllowedException() {
        super("Not found");
    }
}

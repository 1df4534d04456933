package org.pathways.portfolio.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The submission or item does not exist or belongs to someone else; both answer 404, so nothing leaks. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotYoursException extends RuntimeException {

    public NotYoursException() {
        super("Not found");
    }
}

package org.pathways.pathways.domain;

/** No endorsement in the catalog has the code asked for. */
public class UnknownEndorsementException extends RuntimeException {

    public UnknownEndorsementException(String code) {
        super("There is no micro-endorsement with the code " + code + ".");
    }
}

package org.pathways.pathways.domain;

/** Whether an educator may work on an endorsement, with the reason in plain words. */
public record AccessDecision(Kind kind, String reason) {

    public enum Kind {
        /** May add it and start its micro-credentials. */
        ALLOWED,
        /** Role-gated and the role is not held: an access request can be filed. */
        REQUEST_NEEDED,
        /** Coming soon, retired or waiting for its prerequisite: nothing to do yet. */
        LOCKED
    }

    public boolean allowed() {
        return kind == Kind.ALLOWED;
    }

    public boolean canRequest() {
        return kind == Kind.REQUEST_NEEDED;
    }

    public boolean locked() {
        return kind == Kind.LOCKED;
    }
}

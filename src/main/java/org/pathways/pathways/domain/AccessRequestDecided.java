package org.pathways.pathways.domain;

/** An admin approved or rejected an access request; the educator is told by email. */
public record AccessRequestDecided(long requestId, long educatorId, String endorsementCode, boolean approved,
                                   String note) {
}

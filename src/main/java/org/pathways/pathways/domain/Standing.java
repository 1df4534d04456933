package org.pathways.pathways.domain;

import java.util.Set;

/** What an educator brings to the access rules: credentials earned, roles held, requests approved. */
public record Standing(Set<String> earnedCodes, Set<String> heldRoleCodes, Set<String> approvedEndorsementCodes) {

    public Standing {
        earnedCodes = Set.copyOf(earnedCodes);
        heldRoleCodes = Set.copyOf(heldRoleCodes);
        approvedEndorsementCodes = Set.copyOf(approvedEndorsementCodes);
    }
}

package org.pathways.pathways.domain;

import java.util.List;
import java.util.stream.Collectors;
import org.pathways.catalog.Access;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.pathways.domain.AccessDecision.Kind;

/**
 * The access rules of DESIGN section 3: coming-soon and retired endorsements cannot be started,
 * a prerequisite must be complete first, all-access ones are open to everyone, and role-gated
 * ones to holders of a qualifying role or to those whose access request was approved.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * @param prerequisite the endorsement named as prerequisite, or null if there is none
     * @param qualifyingRoles roles whose holders may add the endorsement when it is role-gated
     */
    public static AccessDecision decide(Endorsement endorsement, Endorsement prerequisite,
                                        List<CareerRole> qualifyingRoles, Standing standing) {
        if (endorsement.status() == EndorsementStatus.COMING_SOON) {
            return new AccessDecision(Kind.LOCKED, endorsement.title() + " is coming soon: nothing can be started yet.");
        }
        if (endorsement.status() == EndorsementStatus.RETIRED) {
            return new AccessDecision(Kind.LOCKED, endorsement.title() + " is retired: it can no longer be started.");
        }
        if (prerequisite != null && !prerequisite.rule().isMetBy(standing.earnedCodes())) {
            return new AccessDecision(Kind.LOCKED, "Complete " + prerequisite.title() + " first: "
                    + endorsement.title() + " builds on it.");
        }
        if (endorsement.access() == Access.ALL_ACCESS) {
            return new AccessDecision(Kind.ALLOWED, "Open to every educator.");
        }
        for (CareerRole role : qualifyingRoles) {
            if (standing.heldRoleCodes().contains(role.code())) {
                return new AccessDecision(Kind.ALLOWED, "Open to you as " + role.title() + ".");
            }
        }
        if (standing.approvedEndorsementCodes().contains(endorsement.code())) {
            return new AccessDecision(Kind.ALLOWED, "Your access request was approved.");
        }
        String roles = qualifyingRoles.isEmpty() ? "the role"
                : qualifyingRoles.stream().map(CareerRole::title).collect(Collectors.joining(" or "));
        return new AccessDecision(Kind.REQUEST_NEEDED, "For educators who hold " + roles
                + ". You can ask for access; the district answers within 5 business days.");
    }
}

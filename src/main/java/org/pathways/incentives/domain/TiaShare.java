package org.pathways.incentives.domain;

import java.math.BigDecimal;

/** The share of the TIA teacher portfolio component met by earned micro-credentials, capped by policy. */
final class TiaShare {

    private TiaShare() {
    }

    static BigDecimal percent(long earnedMicroCredentials, IncentivePolicy policy) {
        BigDecimal points = policy.tiaPointsPerCredential().multiply(BigDecimal.valueOf(Math.max(0, earnedMicroCredentials)));
        return points.min(policy.tiaMaxSharePercent()).stripTrailingZeros();
    }
}

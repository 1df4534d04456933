package org.pathways.review.calibration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * District policy for calibration (pathways.review.calibration.*): the Cohen's kappa a reviewer
 * must reach against the master levels, and how many anchors they must have scored before their
 * figures are judged at all.
 */
@ConfigurationProperties("pathways.review.calibration")
public record CalibrationPolicy(@DefaultValue("0.8") double threshold, @DefaultValue("2") int minAnchors) {

    public CalibrationPolicy {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The calibration threshold must be above 0 and at most 1.");
        }
        if (minAnchors < 1) {
            throw new IllegalArgumentException("At least one anchor must be scored before a reviewer is judged.");
        }
    }

    /**
     * Kappa decides, because it discounts agreement that chance alone gives (a reviewer who puts
     * everything at "Meets" agrees often when most anchors are "Meets"). Where kappa is undefined both
     * sides used one and the same level throughout, so exact agreement (then 100%) decides.
     */
    public Standing standing(int anchorsScored, Agreement agreement) {
        if (anchorsScored < minAnchors || agreement.pairs() == 0) {
            return Standing.NOT_ENOUGH_DATA;
        }
        double measure = agreement.kappa().orElse(agreement.exactShare());
        return measure < threshold ? Standing.BELOW_THRESHOLD : Standing.CALIBRATED;
    }
}

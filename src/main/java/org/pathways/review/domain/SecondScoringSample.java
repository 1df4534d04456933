package org.pathways.review.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Chooses the share of submissions that get a second scoring. The choice is a hash of the submission
 * id, so it is the same every time it is asked, cannot be steered by the reviewer, and is 0 or 100%
 * exactly at the ends.
 */
@Component
public class SecondScoringSample {

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private final int percent;

    public SecondScoringSample(@Value("${pathways.review.second-scoring-percent:10}") int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("pathways.review.second-scoring-percent must be between 0 and 100");
        }
        this.percent = percent;
    }

    public boolean includes(long submissionId) {
        return Math.floorMod(mix(submissionId ^ SEED), 100L) < percent;
    }

    public int percent() {
        return percent;
    }

    /** SplitMix64's finaliser: neighbouring ids land far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

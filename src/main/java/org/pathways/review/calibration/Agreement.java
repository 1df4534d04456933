package org.pathways.review.calibration;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How well a reviewer's levels agree with the master levels, over pairs of levels given to the same
 * criterion: exact agreement, adjacent agreement (at most one level apart) and Cohen's kappa, the
 * agreement beyond what chance would give if each side kept its own spread of levels.
 */
public record Agreement(int pairs, int exact, int adjacent, OptionalDouble kappa) {

    /** The reviewer's level and the master level for one criterion of one anchor. */
    public record Pair(int reviewer, int master) {
    }

    public static Agreement of(Collection<Pair> pairs) {
        int exact = (int) pairs.stream().filter(p -> p.reviewer() == p.master()).count();
        int adjacent = (int) pairs.stream().filter(p -> Math.abs(p.reviewer() - p.master()) <= 1).count();
        return new Agreement(pairs.size(), exact, adjacent, cohensKappa(pairs));
    }

    /** Share of criteria scored at exactly the master level; 0 when nothing was scored. */
    public double exactShare() {
        return pairs == 0 ? 0 : (double) exact / pairs;
    }

    public double adjacentShare() {
        return pairs == 0 ? 0 : (double) adjacent / pairs;
    }

    /**
     * Cohen's kappa, (po - pe) / (1 - pe), with po the observed share of agreement and pe the share
     * expected by chance from the two marginal distributions. Multiplied through by n squared it is
     * computed on whole counts, so the degenerate case is found exactly: pe = 1 only when both sides
     * gave one and the same level to every criterion. Kappa is then 0/0, undefined, and empty is
     * returned (agreement was perfect but there was nothing to tell apart).
     */
    static OptionalDouble cohensKappa(Collection<Pair> pairs) {
        long n = pairs.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        Map<Integer, Long> reviewerCounts = new HashMap<>();
        Map<Integer, Long> masterCounts = new HashMap<>();
        long agreed = 0;
        for (Pair pair : pairs) {
            reviewerCounts.merge(pair.reviewer(), 1L, Long::sum);
            masterCounts.merge(pair.master(), 1L, Long::sum);
            if (pair.reviewer() == pair.master()) {
                agreed++;
            }
        }
        long chance = 0;
        for (Map.Entry<Integer, Long> level : reviewerCounts.entrySet()) {
            chance += level.getValue() * masterCounts.getOrDefault(level.getKey(), 0L);
        }
        if (chance == n * n) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (n * agreed - chance) / (n * n - chance));
    }
}

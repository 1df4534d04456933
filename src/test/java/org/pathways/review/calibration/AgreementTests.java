package org.pathways.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.review.calibration.Agreement.Pair;

class AgreementTests {

    private static final int YES = 2;
    private static final int NO = 1;

    /** A two-level table: both yes, reviewer yes and master no, reviewer no and master yes, both no. */
    static List<Pair> table(int yesYes, int yesNo, int noYes, int noNo) {
        List<Pair> pairs = new ArrayList<>();
        add(pairs, yesYes, YES, YES);
        add(pairs, yesNo, YES, NO);
        add(pairs, noYes, NO, YES);
        add(pairs, noNo, NO, NO);
        return pairs;
    }

    static void add(List<Pair> pairs, int times, int reviewer, int master) {
        for (int i = 0; i < times; i++) {
            pairs.add(new Pair(reviewer, master));
        }
    }

    @Test
    void kappaOfTheTextbookFiftyItemTableIsPointFour() {
        Agreement agreement = Agreement.of(table(20, 5, 10, 15));
        assertThat(agreement.pairs()).isEqualTo(50);
        assertThat(agreement.exactShare()).isEqualTo(0.7);
        assertThat(agreement.kappa()).hasValueCloseTo(0.4, within(1e-12));
    }

    @Test
    void equalObservedAgreementGivesDifferentKappasWhenTheMarginsDiffer() {
        assertThat(Agreement.of(table(45, 15, 25, 15)).kappa()).hasValueCloseTo(0.1304, within(1e-4));
        assertThat(Agreement.of(table(25, 35, 5, 35)).kappa()).hasValueCloseTo(0.2593, within(1e-4));
    }

    @Test
    void perfectAgreementOverSeveralLevelsIsOneAndSystematicDisagreementIsNegative() {
        Agreement perfect = Agreement.of(List.of(new Pair(1, 1), new Pair(2, 2), new Pair(3, 3), new Pair(4, 4)));
        assertThat(perfect.kappa()).hasValue(1.0);
        assertThat(perfect.exactShare()).isEqualTo(1.0);

        Agreement swapped = Agreement.of(List.of(new Pair(2, 3), new Pair(3, 2)));
        assertThat(swapped.kappa()).hasValue(-1.0);
        assertThat(swapped.exactShare()).isZero();
        assertThat(swapped.adjacentShare()).isEqualTo(1.0);
    }

    @Test
    void kappaIsUndefinedWhenChanceAgreementIsCertain() {
        Agreement sameLevelThroughout = Agreement.of(List.of(new Pair(3, 3), new Pair(3, 3), new Pair(3, 3)));
        assertThat(sameLevelThroughout.kappa()).isEmpty();
        assertThat(sameLevelThroughout.exactShare()).isEqualTo(1.0);
        assertThat(Agreement.of(List.of()).kappa()).isEmpty();
        assertThat(Agreement.of(List.of()).exactShare()).isZero();
    }

    @Test
    void aReviewerWhoAlwaysGivesOneLevelGetsZeroKappaWhateverTheirRawAgreement() {
        // Master levels mostly "Meets" (3): saying 3 every time agrees 80% of the time, by chance alone.
        List<Pair> pairs = new ArrayList<>();
        add(pairs, 8, 3, 3);
        add(pairs, 1, 3, 2);
        add(pairs, 1, 3, 4);
        Agreement agreement = Agreement.of(pairs);
        assertThat(agreement.exactShare()).isEqualTo(0.8);
        assertThat(agreement.kappa()).hasValueCloseTo(0.0, within(1e-12));
        assertThat(new CalibrationPolicy(0.8, 2).standing(3, agreement)).isEqualTo(Standing.BELOW_THRESHOLD);
    }

    @Test
    void standingNeedsEnoughAnchorsThenComparesKappaWithTheThreshold() {
        CalibrationPolicy policy = new CalibrationPolicy(0.8, 2);
        Agreement perfect = Agreement.of(List.of(new Pair(1, 1), new Pair(2, 2)));
        assertThat(policy.standing(1, perfect)).isEqualTo(Standing.NOT_ENOUGH_DATA);
        assertThat(policy.standing(0, Agreement.of(List.of()))).isEqualTo(Standing.NOT_ENOUGH_DATA);
        assertThat(policy.standing(2, perfect)).isEqualTo(Standing.CALIBRATED);
        assertThat(policy.standing(5, Agreement.of(table(20, 5, 10, 15)))).isEqualTo(Standing.BELOW_THRESHOLD);
        assertThat(new CalibrationPolicy(0.4, 2).standing(5, Agreement.of(table(20, 5, 10, 15))))
                .isEqualTo(Standing.CALIBRATED);
        Agreement sameLevelThroughout = Agreement.of(List.of(new Pair(3, 3), new Pair(3, 3)));
        assertThat(policy.standing(2, sameLevelThroughout)).isEqualTo(Standing.CALIBRATED);
    }

    @Test
    void policyRefusesThresholdsOutsideZeroToOneAndNoAnchors() {
        assertThatThrownBy(() -> new CalibrationPolicy(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationPolicy(1.5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationPolicy(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibrationPolicy(0.8, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

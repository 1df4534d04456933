package org.pathways.incentives.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;

class StipendRuleTests {

    private final IncentivePolicy policy = policy(8);

    @Test
    void teachersOfAnyBandAndBandsFiveAndSixAreEligible() {
        assertThat(policy.isEligible("Teacher", 3)).isTrue();
        assertThat(policy.isEligible("Coordinator", 5)).isTrue();
        assertThat(policy.isEligible("Dean of Academics", 6)).isTrue();
        assertThat(policy.isEligible("Assistant Principal", 7)).isFalse();
        assertThat(policy.isEligible("Counselor", 4)).isFalse();
    }

    @Test
    void anEligibleEducatorTakesTheLowestFreePlaceUnderTheCap() {
        StipendRule.Decision d = StipendRule.decide(policy, "Teacher", 2, Set.of(1, 2, 4));
        assertThat(d.outcome()).isEqualTo(StipendOutcome.AWARDED);
        assertThat(d.amount()).isEqualTo(Money.usd(200));
        assertThat(d.capSlot()).isEqualTo(3);
    }

    @Test
    void theNinthIsOverTheCapWithNothingToPay() {
        StipendRule.Decision d = StipendRule.decide(policy, "Teacher", 2, Set.of(1, 2, 3, 4, 5, 6, 7, 8));
        assertThat(d.outcome()).isEqualTo(StipendOutcome.OVER_CAP);
        assertThat(d.amount().isZero()).isTrue();
        assertThat(d.capSlot()).isNull();
    }

    @Test
    void notEligibleWinsOverTheCap() {
        StipendRule.Decision d = StipendRule.decide(policy(0), "Counselor", 4, Set.of());
        assertThat(d.outcome()).isEqualTo(StipendOutcome.NOT_ELIGIBLE);
    }

    @Test
    void theTiaShareGrowsByPolicyPointsAndStopsAtTheMaximum() {
        assertThat(TiaShare.percent(0, policy)).isEqualByComparingTo("0");
        assertThat(TiaShare.percent(3, policy)).isEqualByComparingTo("15");
        assertThat(TiaShare.percent(8, policy)).isEqualByComparingTo("40");
        assertThat(TiaShare.percent(12, policy)).isEqualByComparingTo("40");
    }

    static IncentivePolicy policy(int cap) {
        PolicyChange d = PolicyChange.defaults(new SchoolYear(2025));
        return new IncentivePolicy(1, d.schoolYear(), 1, d.startsOn(), d.stipendAmount(), cap, d.eligiblePositions(),
                d.eligiblePayBands(), d.cpeHoursDefault(), new BigDecimal("5"), new BigDecimal("40"), null, "test",
                Instant.EPOCH);
    }
}

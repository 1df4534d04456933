package org.pathways.incentives.domain;

import java.util.Set;
import org.pathways.shared.Money;

/**
 * The stipend rule: an eligible educator gets the policy amount for each earned micro-credential
 * while one of the cap's places (1..cap) in that school year is free; otherwise a $0 line says why.
 */
final class StipendRule {

    record Decision(StipendOutcome outcome, Money amount, Integer capSlot) {
    }

    private StipendRule() {
    }

    static Decision decide(IncentivePolicy policy, String position, int payBand, Set<Integer> takenSlots) {
        if (!policy.isEligible(position, payBand)) {
            return new Decision(StipendOutcome.NOT_ELIGIBLE, Money.ZERO, null);
        }
        for (int slot = 1; slot <= policy.stipendCap(); slot++) {
            if (!takenSlots.contains(slot)) {
                return new Decision(StipendOutcome.AWARDED, policy.stipendAmount(), slot);
            }
        }
        return new Decision(StipendOutcome.OVER_CAP, Money.ZERO, null);
    }
}

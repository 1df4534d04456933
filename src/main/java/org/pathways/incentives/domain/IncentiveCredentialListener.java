package org.pathways.incentives.domain;

import org.pathways.review.CredentialEarned;
import org.pathways.review.CredentialRevoked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reacts to review's decisions; the event registry retries a handler until it completes. */
@Component
class IncentiveCredentialListener {

    private final IncentiveLedger ledger;

    IncentiveCredentialListener(IncentiveLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(CredentialEarned earned) {
        ledger.recordEarned(earned);
    }

    @ApplicationModuleListener
    void on(CredentialRevoked revoked) {
        ledger.recordRevoked(revoked);
    }
}

package org.pathways.people.account;

import org.pathways.people.roster.RosterApplied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Once a roster import has committed, everyone it created gets an invitation. */
@Component
class InviteImportedPeople {

    private static final Logger log = LoggerFactory.getLogger(InviteImportedPeople.class);

    private final AccountService accounts;

    InviteImportedPeople(AccountService accounts) {
        this.accounts = accounts;
    }

    @TransactionalEventListener
    void on(RosterApplied applied) {
        int sent = 0;
        for (long educatorId : applied.createdEducatorIds()) {
            if (accounts.invite(educatorId, applied.appliedBy())) {
                sent++;
            }
        }
        log.info("Roster import {}: {} invitations sent", applied.importId(), sent);
    }
}

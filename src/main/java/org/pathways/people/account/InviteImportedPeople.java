package org.pathways.people.account;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pathways.people.roster.RosterApplied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once a roster import has committed, everyone it created gets an invitation. Sent on a thread
 * of its own: thousands of emails take a while and hold up neither the import nor the next one.
 * Anyone missed (say, by a restart) can be invited again from their page in people administration.
 */
@Component
class InviteImportedPeople implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InviteImportedPeople.class);

    private final AccountService accounts;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "invitations");
        thread.setDaemon(true);
        return thread;
    });

    InviteImportedPeople(AccountService accounts) {
        this.accounts = accounts;
    }

    @TransactionalEventListener
    void on(RosterApplied applied) {
        sender.execute(() -> {
            int sent = 0;
            for (long educatorId : applied.createdEducatorIds()) {
                try {
                    if (accounts.invite(educatorId, applied.appliedBy())) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Roster import {}: could not invite educator {}: {}", applied.importId(), educatorId,
                            e.getMessage());
                }
            }
            log.info("Roster import {}: {} invitations sent", applied.importId(), sent);
        });
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
    }
}

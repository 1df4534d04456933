package org.pathways.people.roster;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs validations and applies one at a time off the request thread. Jobs live in roster_import,
 * so a job whose app node stopped is picked up again: a validation is re-run, an apply (which
 * never committed) goes back to its preview.
 */
@Component
public class RosterImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RosterImportJobs.class);
    static final int STALE_AFTER_SECONDS = 120;

    private final RosterImportService service;
    private final RosterImports imports;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "roster-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "roster-import-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    RosterImportJobs(RosterImportService service, RosterImports imports) {
        this.service = service;
        this.imports = imports;
    }

    public void validate(long id) {
        worker.execute(() -> run("validate", id, () -> service.validate(id)));
    }

    /** Applies a previewed import; false when it is not ready (already applied, or being applied). */
    public boolean apply(long id, String appliedBy) {
        if (!service.claimForApply(id)) {
            return false;
        }
        worker.execute(() -> run("apply", id, () -> service.apply(id, appliedBy)));
        return true;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterStart() {
        watchdog.scheduleWithFixedDelay(this::resumeStale, 0, 60, TimeUnit.SECONDS);
    }

    void resumeStale() {
        try {
            for (long id : imports.stale("VALIDATING", STALE_AFTER_SECONDS)) {
                if (imports.touchValidating(id)) {
                    log.info("Roster import {}: validating again after an interruption", id);
                    validate(id);
                }
            }
            for (long id : imports.stale("APPLYING", STALE_AFTER_SECONDS)) {
                if (imports.releaseInterruptedApply(id)) {
                    log.info("Roster import {}: apply was interrupted, back to its preview", id);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not check for interrupted roster imports: {}", e.getMessage());
        }
    }

    private void run(String what, long id, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            log.error("Roster import {}: {} failed", id, what, e);
        }
    }

    @Override
    public void destroy() {
        watchdog.shutdownNow();
        worker.shutdownNow();
    }
}

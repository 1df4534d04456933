package org.pathways.catalog.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's change counter: every write bumps it in its own transaction, so that this node's cache
 * is evicted on commit and the other nodes' caches when they next compare the counter.
 */
@Component
public class CatalogRevision {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    CatalogRevision(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The counter as this transaction sees it (as committed, outside a transaction that changed it). */
    public long current() {
        return jdbc.queryForObject("select revision from catalog_revision where id = 1", Long.class);
    }

    /** Locks the counter row: catalog writes run one at a time, which keeps rule checks honest. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lock() {
        return jdbc.queryForObject("select revision from catalog_revision where id = 1 for update", Long.class);
    }

    /**
     * Takes the next number from a sequence rather than adding one: a sequence never hands a number out
     * twice, so a catalog loaded inside a change that was then rolled back can never pass for a later one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        long revision = jdbc.queryForObject("""
                update catalog_revision set revision = nextval('catalog_revision_number'), changed_at = now()
                where id = 1 returning revision""", Long.class);
        events.publishEvent(new CatalogChanged(revision));
    }

}

package org.pathways.catalog.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's change counter: every write bumps it in its own transaction, so caches reload. */
@Component
public class CatalogRevision {

    private final JdbcTemplate jdbc;

    CatalogRevision(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counter as this transaction sees it. */
    public long current() {
        return jdbc.queryForObject("select revision from catalog_revision where id = 1", Long.class);
    }

    /** Locks the counter row: catalog writes run one at a time, which keeps rule checks honest. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lock() {
        return jdbc.queryForObject("select revision from catalog_revision where id = 1 for update", Long.class);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        jdbc.update("update catalog_revision set revision = revision + 1, changed_at = now() where id = 1");
    }
}

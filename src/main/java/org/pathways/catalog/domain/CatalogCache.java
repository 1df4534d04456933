package org.pathways.catalog.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalog in memory. Each read checks the revision counter (one indexed row), so an
 * edit made on any app node is seen by all of them on their next request.
 */
@Component
public class CatalogCache {

    private final JdbcTemplate jdbc;
    private final CatalogLoader loader;
    private volatile Catalog catalog;

    CatalogCache(JdbcTemplate jdbc, CatalogLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    public Catalog current() {
        Long revision = jdbc.queryForObject("select revision from catalog_revision where id = 1", Long.class);
        Catalog cached = catalog;
        if (cached != null && cached.revision() == revision) {
            return cached;
        }
        synchronized (this) {
            if (catalog == null || catalog.revision() != revision) {
                catalog = loader.load();
            }
            return catalog;
        }
    }
}

package org.pathways.catalog.domain;

import java.time.OffsetDateTime;
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
    private volatile Cached cached;

    CatalogCache(JdbcTemplate jdbc, CatalogLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    /**
     * The counter and the time of the change. A change that rolls back gives its revision number
     * back to the next one, and a catalog read inside it holds content that never committed; the
     * change time (its transaction's start) tells the two apart.
     */
    private record Stamp(long revision, OffsetDateTime changedAt) {
    }

    private record Cached(Stamp stamp, Catalog catalog) {
    }

    public Catalog current() {
        Stamp stamp = jdbc.queryForObject("select revision, changed_at from catalog_revision where id = 1",
                (rs, i) -> new Stamp(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)));
        Cached now = cached;
        if (now != null && now.stamp().equals(stamp)) {
            return now.catalog();
        }
        synchronized (this) {
            if (cached == null || !cached.stamp().equals(stamp)) {
                cached = new Cached(stamp, loader.load());
            }
            return cached.catalog();
        }
    }
}

package org.pathways.catalog.domain;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published catalog, held in memory by Spring Cache (Caffeine). Every page reads it, so it is loaded
 * once and dropped when the catalog changes: after the commit of a change made on this node, or when
 * {@link CatalogFreshness} sees that another node changed it.
 */
@Component
public class CatalogCache {

    static final String NAME = "catalog";

    private final CatalogLoader loader;

    CatalogCache(CatalogLoader loader) {
        this.loader = loader;
    }

    /** Loaded once by one thread while the others wait for it (sync), so a change is never loaded twice. */
    @Cacheable(cacheNames = NAME, key = "'published'", sync = true)
    public Catalog current() {
        return loader.load();
    }

    @CacheEvict(cacheNames = NAME, allEntries = true)
    public void evict() {
        // the annotation does the work
    }

    /**
     * After the commit, not before: a reader that loads between the change and its commit would put the
     * old catalog back. A load still running now finishes before the eviction (sync), so it is dropped too.
     */
    @TransactionalEventListener
    @CacheEvict(cacheNames = NAME, allEntries = true)
    public void on(CatalogChanged change) {
        // the annotation does the work
    }
}

package org.pathways.catalog.domain;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The cached catalog, checked against the committed revision: a change made on another app node evicts
 * only that node's cache. The check is one indexed row, made once per web request (a page reads the
 * catalog many times) and on every read outside a request (event listeners, scheduled jobs).
 */
@Component
public class CatalogFreshness {

    private static final String CHECKED = CatalogFreshness.class.getName() + ".checked";

    private final CatalogCache cache;
    private final CatalogRevision revision;

    CatalogFreshness(CatalogCache cache, CatalogRevision revision) {
        this.cache = cache;
        this.revision = revision;
    }

    public Catalog catalog() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) != null) {
            return cache.current();
        }
        Catalog cached = cache.current();
        if (cached.revision() != revision.current()) {
            cache.evict();
            cached = cache.current();
        }
        if (request != null) {
            request.setAttribute(CHECKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        return cached;
    }

    /**
     * A catalog change within this request: the next read checks the revision again, and so does the
     * first read after its transaction ends, whether it committed or rolled back.
     */
    @EventListener
    void on(CatalogChanged change) {
        recheck();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    recheck();
                }
            });
        }
    }

    private static void recheck() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST);
        }
    }
}

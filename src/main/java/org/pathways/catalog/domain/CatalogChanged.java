package org.pathways.catalog.domain;

/** A catalog change was written in the current transaction; the cache drops the catalog once it commits. */
public record CatalogChanged(long revision) {
}

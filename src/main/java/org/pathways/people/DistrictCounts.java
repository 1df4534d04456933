package org.pathways.people;

/** Headline numbers of the roster. */
public record DistrictCounts(long campuses, long educators, long activeEducators, long accountsWithPassword,
                             long roleHolders) {
}

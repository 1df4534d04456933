package org.pathways.reporting.domain;

/**
 * A target population: the report filters plus at least N micro-credentials earned (and not revoked),
 * holding no leader role (teacher leadership and above), and at least so many years of service.
 */
public record PopulationFilter(ReportFilter base, int minEarned, boolean noLeaderRole, int minYearsOfService) {

    public PopulationFilter {
        if (minEarned < 0 || minEarned > 500) {
            throw new IllegalArgumentException("The number of micro-credentials earned is a number from 0 to 500");
        }
        if (minYearsOfService < 0 || minYearsOfService > 60) {
            throw new IllegalArgumentException("Years of service is a number from 0 to 60");
        }
    }
}

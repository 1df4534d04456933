package org.pathways.catalog;

/** A micro-endorsement: a bundle of micro-credentials with its completion rule and access. */
public record Endorsement(
        String code,
        String title,
        String groupCode,
        String groupTitle,
        Access access,
        EndorsementStatus status,
        EndorsementRule rule,
        String prerequisiteCode,
        String note) {

    public boolean isComingSoon() {
        return status == EndorsementStatus.COMING_SOON;
    }
}

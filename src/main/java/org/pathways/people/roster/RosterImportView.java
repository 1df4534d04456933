package org.pathways.people.roster;

import java.time.Instant;

/** An import as its pages show it: where it stands, the counts of its preview or summary. */
public record RosterImportView(long id, String fileName, RosterFormat format, Status status, int totalRows,
                               int processedRows, int toCreate, int toUpdate, int toDeactivate, int unchanged,
                               int errorCount, String failure, String uploadedBy, Instant uploadedAt,
                               String appliedBy, Instant appliedAt) {

    public enum Status { VALIDATING, INVALID, READY, APPLYING, APPLIED, FAILED }

    public boolean running() {
        return status == Status.VALIDATING || status == Status.APPLYING;
    }

    public int percentDone() {
        if (status == Status.APPLIED) {
            return 100;
        }
        return totalRows == 0 ? 0 : Math.min(100, processedRows * 100 / totalRows);
    }

    public int changes() {
        return toCreate + toUpdate + toDeactivate;
    }
}

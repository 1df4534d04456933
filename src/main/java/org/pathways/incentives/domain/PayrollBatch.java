package org.pathways.incentives.domain;

import java.time.Instant;
import org.pathways.shared.Money;

/** An exported payroll batch: who, when, how many lines, their total and the file's SHA-256. */
public record PayrollBatch(long id, String createdBy, Instant createdAt, int lineCount, Money total, String sha256) {

    public String createdAtText() {
        return IncentivePolicy.TIMESTAMP.format(createdAt);
    }

    public String fileName() {
        return "payroll-batch-" + id + ".csv";
    }
}

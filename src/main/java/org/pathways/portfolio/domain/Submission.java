package org.pathways.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.portfolio.SubmissionStatus;

/** One attempt at a micro-credential. Its status changes only through the methods below, each checking the current state. */
@Entity
@Table(name = "submission")
public class Submission {

    public static final int MAX_ATTEMPTS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "educator_id", nullable = false, updatable = false)
    private long educatorId;

    @Column(name = "micro_credential_code", nullable = false, updatable = false)
    private String microCredentialCode;

    @Column(name = "micro_credential_version_id", nullable = false, updatable = false)
    private long microCredentialVersionId;

    @Column(name = "micro_credential_version", nullable = false, updatable = false)
    private int microCredentialVersion;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Submission() {
    }

    Submission(long educatorId, String microCredentialCode, long versionId, int versionNumber, int attempt,
               Instant now) {
        if (attempt < 1 || attempt > MAX_ATTEMPTS) {
            throw new SubmissionStateException("At most " + MAX_ATTEMPTS + " attempts are allowed per micro-credential.");
        }
        this.educatorId = educatorId;
        this.microCredentialCode = microCredentialCode;
        this.microCredentialVersionId = versionId;
        this.microCredentialVersion = versionNumber;
        this.attempt = attempt;
        this.status = SubmissionStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Evidence may change only while the attempt is a draft. */
    public void requireEditable() {
        require(EnumSet.of(SubmissionStatus.DRAFT), "change evidence of");
    }

    public void touch(Instant now) {
        requireEditable();
        updatedAt = now;
    }

    public void submit(Instant now) {
        require(EnumSet.of(SubmissionStatus.DRAFT), "submit");
        status = SubmissionStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** Withdraw is possible until a reviewer starts the review. */
    public void withdraw(Instant now) {
        require(EnumSet.of(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED), "withdraw");
        status = SubmissionStatus.WITHDRAWN;
        updatedAt = now;
    }

    public void beginReview(Instant now) {
        require(EnumSet.of(SubmissionStatus.SUBMITTED), "start reviewing");
        status = SubmissionStatus.IN_REVIEW;
        updatedAt = now;
    }

    public void decide(SubmissionOutcome outcome, Instant now) {
        require(EnumSet.of(SubmissionStatus.IN_REVIEW), "decide");
        status = outcome == SubmissionOutcome.EARNED ? SubmissionStatus.EARNED : SubmissionStatus.NEEDS_REVISION;
        decidedAt = now;
        updatedAt = now;
    }

    public void revoke(Instant now) {
        require(EnumSet.of(SubmissionStatus.EARNED), "revoke");
        status = SubmissionStatus.REVOKED;
        updatedAt = now;
    }

    /** A returned attempt may be followed by another while attempts remain. */
    public boolean allowsNextAttempt() {
        return status == SubmissionStatus.NEEDS_REVISION && attempt < MAX_ATTEMPTS;
    }

    private void require(Set<SubmissionStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new SubmissionStateException("You cannot " + action + " a submission that is "
                    + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public long getEducatorId() {
        return educatorId;
    }

    public String getMicroCredentialCode() {
        return microCredentialCode;
    }

    public long getMicroCredentialVersionId() {
        return microCredentialVersionId;
    }

    public int getMicroCredentialVersion() {
        return microCredentialVersion;
    }

    public int getAttempt() {
        return attempt;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}

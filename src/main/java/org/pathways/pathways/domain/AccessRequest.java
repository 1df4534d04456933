package org.pathways.pathways.domain;

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
import java.time.LocalDate;

/** An educator's request for a role-gated endorsement; an admin approves or rejects it once. */
@Entity
@Table(name = "access_request")
public class AccessRequest {

    public enum Status { PENDING, APPROVED, REJECTED }

    public static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long educatorId;
    private String endorsementCode;
    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant requestedAt;
    private LocalDate dueOn;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private boolean roleGranted;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected AccessRequest() {
    }

    /** The reason an educator gives, stripped; refuses an empty or overlong one with a message for the form. */
    static String validReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say briefly why you need access.");
        }
        if (reason.strip().length() > MAX_TEXT) {
            throw new IllegalArgumentException("Keep the reason under " + MAX_TEXT + " characters.");
        }
        return reason.strip();
    }

    void approve(String admin, String note, boolean roleGranted, Instant at) {
        decide(Status.APPROVED, admin, note, at);
        this.roleGranted = roleGranted;
    }

    void reject(String admin, String note, Instant at) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Give the educator a short note on why the request is rejected.");
        }
        decide(Status.REJECTED, admin, note, at);
    }

    private void decide(Status outcome, String admin, String note, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("This request was already " + status.name().toLowerCase() + ".");
        }
        if (note != null && note.strip().length() > MAX_TEXT) {
            throw new IllegalArgumentException("Keep the note under " + MAX_TEXT + " characters.");
        }
        this.status = outcome;
        this.decidedBy = admin;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.decidedAt = at;
    }

    public boolean isOverdue(LocalDate today) {
        return status == Status.PENDING && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public long getEducatorId() {
        return educatorId;
    }

    public String getEndorsementCode() {
        return endorsementCode;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public boolean isRoleGranted() {
        return roleGranted;
    }
}

package org.pathways.portfolio.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.StartPermission;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.portfolio.SubmissionSubmitted;
import org.pathways.shared.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What educators do with their portfolios, and the status changes reviewers cause through PortfolioApi. */
@Service
@Transactional
public class SubmissionService {

    private static final int MAX_RESPONSE_CHARS = 100_000;

    private final SubmissionRepository submissions;
    private final EvidenceRepository evidence;
    private final EvidenceStorage storage;
    private final UploadInspector inspector;
    private final UploadLimits limits;
    private final DuplicateDetector duplicates;
    private final CatalogApi catalog;
    private final ObjectProvider<StartPermission> startPermission;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SubmissionService(SubmissionRepository submissions, EvidenceRepository evidence, EvidenceStorage storage,
                      UploadInspector inspector, UploadLimits limits, DuplicateDetector duplicates, CatalogApi catalog,
                      ObjectProvider<StartPermission> startPermission, AuditTrail audit,
                      ApplicationEventPublisher events, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.submissions = submissions;
        this.evidence = evidence;
        this.storage = storage;
        this.inspector = inspector;
        this.limits = limits;
        this.duplicates = duplicates;
        this.catalog = catalog;
        this.startPermission = startPermission;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Starts the next attempt, or returns the one in progress. A next attempt after a return starts
     * from the evidence of the one before, on the same micro-credential version; any other start
     * takes the current version.
     */
    public long start(long educatorId, String code, String actor) {
        List<Submission> attempts = submissions.findByEducatorIdAndMicroCredentialCodeOrderByAttemptAsc(educatorId,
                code);
        Optional<Submission> open = attempts.stream().filter(s -> isOpen(s.getStatus())).findFirst();
        if (open.isPresent()) {
            return open.get().getId();
        }
        if (attempts.stream().anyMatch(s -> s.getStatus() == SubmissionStatus.EARNED)) {
            throw new SubmissionStateException("You have already earned this micro-credential.");
        }
        startPermission.getIfAvailable(() -> new DefaultStartPermission(catalog)).refusal(educatorId, code)
                .ifPresent(reason -> {
                    throw new SubmissionStateException(reason);
                });
        List<Submission> returned = attempts.stream()
                .filter(s -> s.getStatus() == SubmissionStatus.NEEDS_REVISION || s.getStatus() == SubmissionStatus.REVOKED)
                .toList();
        int attempt = returned.size() + 1;
        if (attempt > Submission.MAX_ATTEMPTS) {
            throw new SubmissionStateException("You have used all " + Submission.MAX_ATTEMPTS
                    + " attempts for this micro-credential.");
        }
        Submission revised = returned.isEmpty() ? null : returned.get(returned.size() - 1);
        if (revised != null && revised.getStatus() != SubmissionStatus.NEEDS_REVISION) {
            revised = null;
        }
        Submission submission;
        if (revised != null) {
            // a revision answers feedback on the parts and rubric it was scored on, so it keeps their version
            submission = new Submission(educatorId, code, revised.getMicroCredentialVersionId(),
                    revised.getMicroCredentialVersion(), attempt, clock.instant());
        } else {
            Map<String, Object> version = jdbc.queryForMap("""
                    select v.id, v.number from micro_credential m
                    join micro_credential_version v on v.micro_credential_id = m.id and v.number = m.current_version
                    where m.code = ?""", code);
            submission = new Submission(educatorId, code, ((Number) version.get("id")).longValue(),
                    ((Number) version.get("number")).intValue(), attempt, clock.instant());
        }
        try {
            submissions.saveAndFlush(submission);
        } catch (DataIntegrityViolationException e) {
            throw new SubmissionStateException("An attempt for this micro-credential was started at the same time.");
        }
        if (revised != null) {
            evidence.copy(revised.getId(), submission.getId());
        }
        audit.record(actor, "PORTFOLIO_STARTED", "submission", submission.getId().toString(),
                code + " attempt " + attempt);
        return submission.getId();
    }

    public void saveResponse(long educatorId, long submissionId, int part, String body) {
        Submission submission = editable(educatorId, submissionId);
        requirePart(submission, part, "text");
        if (body != null && body.length() > MAX_RESPONSE_CHARS) {
            throw new SubmissionStateException("A written response can be at most " + MAX_RESPONSE_CHARS
                    + " characters long.");
        }
        evidence.saveResponse(submissionId, part, body == null ? null : body.strip());
        submission.touch(clock.instant());
    }

    public void addLink(long educatorId, long submissionId, int part, String url, String title) {
        Submission submission = editable(educatorId, submissionId);
        requirePart(submission, part, "links");
        String address = url == null ? "" : url.strip();
        if (!isWebAddress(address) || address.length() > 2000) {
            throw new SubmissionStateException("Enter a web address that starts with https:// or http://.");
        }
        String label = title == null || title.isBlank() ? address : title.strip();
        evidence.addLink(submissionId, part, address, label.length() > 200 ? label.substring(0, 200) : label);
        submission.touch(clock.instant());
    }

    public void removeLink(long educatorId, long submissionId, long linkId) {
        Submission submission = editable(educatorId, submissionId);
        if (!evidence.removeLink(submissionId, linkId)) {
            throw new NotYoursException();
        }
        submission.touch(clock.instant());
    }

    /** Streams the upload to storage; its type comes from its content, never from its name. */
    public void addFile(long educatorId, long submissionId, int part, String originalName, InputStream content) {
        Submission submission = editable(educatorId, submissionId);
        requirePart(submission, part, "files");
        String name = UploadInspector.sanitizeName(originalName);
        long left = limits.maxSubmissionSize().toBytes() - evidence.of(submissionId).totalFileBytes();
        long allowed = Math.min(limits.maxFileSize().toBytes(), left);
        if (allowed <= 0) {
            throw new UploadRefusedException("This submission already holds the "
                    + UploadLimits.describe(limits.maxSubmissionSize().toBytes()) + " of files allowed.");
        }
        try (InputStream in = new BufferedInputStream(content, 64 * 1024)) {
            String type = inspector.detect(in, name);
            if (!inspector.isAllowed(type)) {
                throw new UploadRefusedException("\u201c" + name + "\u201d is not a file type Pathways accepts (its "
                        + "content is " + type + "). Upload " + UploadInspector.ACCEPTED + ".");
            }
            EvidenceStorage.StoredContent stored = storage.store(in, allowed);
            if (stored.sizeBytes() == 0) {
                throw new UploadRefusedException("\u201c" + name + "\u201d is empty.");
            }
            evidence.addFile(submissionId, part, name, type, stored);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
        submission.touch(clock.instant());
    }

    public void removeFile(long educatorId, long submissionId, long fileId) {
        Submission submission = editable(educatorId, submissionId);
        if (!evidence.removeFile(submissionId, fileId)) {
            throw new NotYoursException();
        }
        submission.touch(clock.instant());
    }

    /** Parts that still have no evidence; the submit is refused while any remain. */
    @Transactional(readOnly = true)
    public List<String> missingParts(long submissionId) {
        Submission submission = submissions.findById(submissionId).orElseThrow(NotYoursException::new);
        Evidence all = evidence.of(submissionId);
        return parts(submission).stream().filter(p -> all.isEmpty(p.position()))
                .map(MicroCredential.EvidencePart::title).toList();
    }

    /** Submits after the duplicate check; returns the refusals (empty when submitted). */
    public List<String> submit(long educatorId, long submissionId, long expectedVersion, String actor) {
        Submission submission = owned(educatorId, submissionId);
        if (submission.getVersion() != expectedVersion) {
            throw new SubmissionStateException("The submission changed since you reviewed it. Check it again and submit.");
        }
        submission.requireEditable();
        List<String> missing = missingParts(submissionId);
        if (!missing.isEmpty()) {
            throw new SubmissionStateException("Add evidence to every part before submitting. Missing: "
                    + String.join(", ", missing) + ".");
        }
        Evidence all = evidence.of(submissionId);
        List<MicroCredential.EvidencePart> parts = parts(submission);
        DuplicateCheck check = duplicates.check(submission, all, position -> parts.stream()
                .filter(p -> p.position() == position).map(MicroCredential.EvidencePart::title).findFirst()
                .orElse("part " + position));
        if (check.refused()) {
            return check.refusals();
        }
        Instant now = clock.instant();
        submission.submit(now);
        submissions.flush();
        duplicates.remember(submission, check.signatures());
        for (DuplicateCheck.Flag flag : check.flags()) {
            jdbc.update("""
                    insert into duplicate_flag (submission_id, part_position, kind, matched_submission_id,
                                                matched_part_position, similarity) values (?, ?, ?, ?, ?, ?)""",
                    submissionId, flag.partPosition(), flag.kind(), flag.matchedSubmissionId(),
                    flag.matchedPartPosition(), flag.similarity());
        }
        audit.record(actor, "PORTFOLIO_SUBMITTED", "submission", String.valueOf(submissionId),
                submission.getMicroCredentialCode() + " attempt " + submission.getAttempt()
                        + (check.flags().isEmpty() ? "" : ", " + check.flags().size() + " near match(es) flagged"));
        events.publishEvent(new SubmissionSubmitted(submissionId, educatorId, submission.getMicroCredentialCode(),
                submission.getAttempt(), now));
        return List.of();
    }

    public void withdraw(long educatorId, long submissionId, String actor) {
        Submission submission = owned(educatorId, submissionId);
        submission.withdraw(clock.instant());
        audit.record(actor, "PORTFOLIO_WITHDRAWN", "submission", String.valueOf(submissionId),
                submission.getMicroCredentialCode() + " attempt " + submission.getAttempt());
    }

    public void beginReview(long submissionId) {
        find(submissionId).beginReview(clock.instant());
    }

    /** Records a decision; the expected version makes the first of two concurrent decisions win. */
    public void decide(long submissionId, long expectedVersion, SubmissionOutcome outcome) {
        Submission submission = find(submissionId);
        if (submission.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Submission.class, submissionId);
        }
        submission.decide(outcome, clock.instant());
        submissions.flush();
    }

    public void revoke(long submissionId) {
        find(submissionId).revoke(clock.instant());
    }

    @Transactional(readOnly = true)
    public void copyFile(long submissionId, long fileId, OutputStream out) throws IOException {
        Evidence.File file = evidence.file(submissionId, fileId).orElseThrow(NotYoursException::new);
        storage.copyTo(file.contentId(), out);
    }

    /** The parts of the version the submission started on, whatever has been published since. */
    List<MicroCredential.EvidencePart> parts(Submission submission) {
        return catalog.microCredentialVersion(submission.getMicroCredentialCode(),
                submission.getMicroCredentialVersion()).map(MicroCredential::evidenceParts).orElse(List.of());
    }

    private Submission find(long submissionId) {
        return submissions.findById(submissionId).orElseThrow(NotYoursException::new);
    }

    private Submission owned(long educatorId, long submissionId) {
        Submission submission = find(submissionId);
        if (submission.getEducatorId() != educatorId) {
            throw new NotYoursException();
        }
        return submission;
    }

    private Submission editable(long educatorId, long submissionId) {
        Submission submission = owned(educatorId, submissionId);
        submission.requireEditable();
        return submission;
    }

    private void requirePart(Submission submission, int position, String kind) {
        MicroCredential.EvidencePart part = parts(submission).stream().filter(p -> p.position() == position)
                .findFirst().orElseThrow(() -> new SubmissionStateException("There is no evidence part " + position + "."));
        boolean accepts = switch (kind) {
            case "text" -> part.acceptsText();
            case "links" -> part.acceptsLinks();
            default -> part.acceptsFiles();
        };
        if (!accepts) {
            throw new SubmissionStateException("\u201c" + part.title() + "\u201d does not take " + kind + ".");
        }
    }

    static boolean isOpen(SubmissionStatus status) {
        return status == SubmissionStatus.DRAFT || status == SubmissionStatus.SUBMITTED
                || status == SubmissionStatus.IN_REVIEW;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}

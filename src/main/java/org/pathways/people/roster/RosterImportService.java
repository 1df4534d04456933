package org.pathways.people.roster;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pathways.shared.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upload, validate (preview), apply. Validation and apply run as background jobs on the stored
 * file; the apply is one transaction, serialized across app nodes by an advisory lock, and checks
 * the file again against the roster as it is at that moment.
 */
@Service
public class RosterImportService {

    private final RosterImports imports;
    private final RosterWriter writer;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;
    private final int defaultPayBand;

    RosterImportService(RosterImports imports, RosterWriter writer, AuditTrail audit, ApplicationEventPublisher events,
                        PlatformTransactionManager transactions, Optional<Clock> clock,
                        @Value("${pathways.people.roster.default-pay-band:1}") int defaultPayBand) {
        this.imports = imports;
        this.writer = writer;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.defaultPayBand = defaultPayBand;
    }

    /** Stores the file and returns its import id; validation follows in the background. */
    public long upload(String fileName, byte[] content, String uploadedBy) {
        RosterFormat format = isZip(content) || fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                ? RosterFormat.ONEROSTER : RosterFormat.HR_CSV;
        return transaction.execute(status -> {
            long id = imports.insert(fileName, format, content, sha256(content), uploadedBy);
            audit.record(uploadedBy, "ROSTER_UPLOADED", "roster_import", String.valueOf(id),
                    fileName + " (" + content.length + " bytes, " + format.label() + ")");
            return id;
        });
    }

    public Optional<RosterImportView> find(long id) {
        return imports.find(id);
    }

    public List<RosterImportView> recent() {
        return imports.recent(20);
    }

    public List<RosterError> errors(long id) {
        return imports.errors(id);
    }

    /** Checks every row and stores the preview. */
    void validate(long id) {
        transaction.executeWithoutResult(status -> {
            RosterImportView view = imports.find(id).orElseThrow();
            if (view.status() != RosterImportView.Status.VALIDATING) {
                return;
            }
            imports.saveValidation(id, plan(view.format(), imports.content(id)));
        });
    }

    /** True when the import was ready and is now being applied (false for a second click). */
    public boolean claimForApply(long id) {
        return Boolean.TRUE.equals(separateTransaction.execute(status -> imports.claimForApply(id)));
    }

    /** Applies a claimed import in one transaction; a failure leaves the roster as it was. */
    void apply(long id, String appliedBy) {
        try {
            RosterOutcome outcome = transaction.execute(status -> {
                writer.lockRoster();
                RosterImportView view = imports.find(id).orElseThrow();
                RosterPlan plan = plan(view.format(), imports.content(id));
                if (!plan.valid()) {
                    status.setRollbackOnly();
                    return new RosterOutcome(plan, List.of());
                }
                List<Long> created = writer.write(plan, done -> separateTransaction.executeWithoutResult(
                        progress -> imports.progress(id, done)));
                imports.markApplied(id, plan, appliedBy);
                audit.record(appliedBy, "ROSTER_APPLIED", "roster_import", String.valueOf(id), String.format(
                        "%s: %d created, %d updated, %d deactivated, %d unchanged", view.fileName(),
                        plan.creates().size(), plan.updates().size(), plan.deactivations().size(), plan.unchanged()));
                events.publishEvent(new RosterApplied(id, created));
                return new RosterOutcome(plan, created);
            });
            if (outcome != null && !outcome.plan().valid()) {
                // The roster changed since the preview and the file no longer fits it.
                separateTransaction.executeWithoutResult(status -> imports.saveValidation(id, outcome.plan()));
            }
        } catch (RuntimeException e) {
            separateTransaction.executeWithoutResult(status -> imports.markFailed(id,
                    "Nothing was changed: the import stopped with an error (" + e.getClass().getSimpleName() + ")."));
            throw e;
        }
    }

    private record RosterOutcome(RosterPlan plan, List<Long> created) {
    }

    RosterPlan plan(RosterFormat format, byte[] content) {
        ParsedRoster parsed = format == RosterFormat.ONEROSTER ? OneRosterReader.read(content)
                : HrCsvReader.read(content);
        return new RosterPlanner(writer.snapshot(), LocalDate.now(clock), defaultPayBand).plan(parsed);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

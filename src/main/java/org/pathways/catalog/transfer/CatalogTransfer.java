package org.pathways.catalog.transfer;

import java.util.List;
import java.util.Locale;
import org.pathways.catalog.domain.CatalogRevision;
import org.pathways.catalog.importer.CatalogImportException;
import org.pathways.shared.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the whole catalog as YAML and imports an edited file: first a preview of what it would
 * add, change and retire, then the same changes in one transaction. A bad file changes nothing.
 * Reading is {@link CatalogYamlReader}, checking {@link CatalogFileCheck}, comparing
 * {@link CatalogDiff} and writing {@link CatalogWriter}.
 */
@Service
public class CatalogTransfer {

    private final CatalogSnapshot snapshot;
    private final CatalogWriter writer;
    private final CatalogRevision revision;
    private final AuditTrail audit;

    CatalogTransfer(CatalogSnapshot snapshot, CatalogWriter writer, CatalogRevision revision, AuditTrail audit) {
        this.snapshot = snapshot;
        this.writer = writer;
        this.revision = revision;
        this.audit = audit;
    }

    /** What an import would do, and the catalog revision it was computed against. */
    public record Preview(List<CatalogChange> changes, long revision) {

        public boolean isEmpty() {
            return changes.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public String export() {
        return CatalogYamlWriter.write(snapshot.read());
    }

    /** Checks the file and lists its changes; throws {@link CatalogImportException} naming each problem. */
    @Transactional(readOnly = true)
    public Preview preview(String text) {
        long current = revision.current();
        CatalogDocument incoming = CatalogYamlReader.read(text);
        CatalogDocument existing = snapshot.read();
        CatalogFileCheck.check(incoming, existing, snapshot.codesWithPendingDraft());
        return new Preview(CatalogDiff.between(incoming, existing), current);
    }

    /**
     * Applies the file if the catalog is still at the previewed revision; otherwise refuses, so an
     * admin never applies changes they did not see.
     */
    @Transactional
    public List<CatalogChange> apply(String text, long previewedRevision, String actor) {
        long current = revision.lock();
        if (current != previewedRevision) {
            throw new CatalogImportException("The catalog changed since this preview; preview the file again.");
        }
        CatalogDocument incoming = CatalogYamlReader.read(text);
        CatalogDocument existing = snapshot.read();
        CatalogFileCheck.check(incoming, existing, snapshot.codesWithPendingDraft());
        List<CatalogChange> changes = CatalogDiff.between(incoming, existing);
        if (changes.isEmpty()) {
            return changes;
        }
        writer.write(incoming, existing, actor);
        for (CatalogChange change : changes) {
            audit.record(actor, "catalog.import." + change.kind().name().toLowerCase(Locale.ROOT), subject(change.type()),
                    change.code(), change.detail());
        }
        audit.record(actor, "catalog.imported", "catalog", "import", changes.size() + " changes");
        revision.bump();
        return changes;
    }

    private static String subject(String type) {
        return switch (type) {
            case "micro-credential" -> "micro_credential";
            case "role" -> "career_role";
            default -> type;
        };
    }
}

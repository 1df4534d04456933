package org.pathways.catalog.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.domain.CatalogRevision;
import org.pathways.shared.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins write micro-credentials: edits go to a draft version, publishing freezes it as the new
 * current version, retiring stops new starts. Every change is audited and bumps the catalog revision.
 */
@Service
public class MicroCredentialAuthoring {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    static final String SUBJECT = "micro_credential";

    private final JdbcTemplate jdbc;
    private final MicroCredentialVersions versions;
    private final CatalogRevision revision;
    private final AuditTrail audit;

    MicroCredentialAuthoring(JdbcTemplate jdbc, MicroCredentialVersions versions, CatalogRevision revision,
                             AuditTrail audit) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.revision = revision;
        this.audit = audit;
    }

    /** A micro-credential as its editor shows it: the draft if there is one, else the current version. */
    public record Editable(long id, String code, String title, CredentialStatus status, int currentVersion,
                           long rowVersion, Integer draftNumber, MicroCredentialContent content,
                           MicroCredentialContent published, boolean sampleContent) {

        public boolean hasDraft() {
            return draftNumber != null;
        }

        public boolean everPublished() {
            return published != null;
        }
    }

    /** A line of the admin's list of micro-credentials. */
    public record Summary(String code, String title, CredentialStatus status, int currentVersion, Integer draftNumber,
                          boolean everPublished) {
    }

    @Transactional(readOnly = true)
    public List<Summary> summaries() {
        return jdbc.query("""
                select m.code, m.title, m.status, m.current_version, d.number,
                       exists (select 1 from micro_credential_version p
                               where p.micro_credential_id = m.id and p.published_at is not null)
                from micro_credential m
                left join micro_credential_version d on d.micro_credential_id = m.id and d.published_at is null
                order by m.title""", (rs, i) -> new Summary(rs.getString(1), rs.getString(2),
                CredentialStatus.valueOf(rs.getString(3)), rs.getInt(4), (Integer) rs.getObject(5),
                rs.getBoolean(6)));
    }

    @Transactional(readOnly = true)
    public Optional<Editable> editable(String code) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, title, status, current_version, row_version from micro_credential where code = ?", code);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        long id = ((Number) row.get("id")).longValue();
        int current = ((Number) row.get("current_version")).intValue();
        List<Map<String, Object>> draft = jdbc.queryForList(
                "select id, number, sample_content from micro_credential_version "
                        + "where micro_credential_id = ? and published_at is null", id);
        List<Map<String, Object>> published = jdbc.queryForList(
                "select id, sample_content from micro_credential_version "
                        + "where micro_credential_id = ? and number = ? and published_at is not null", id, current);
        MicroCredentialContent publishedContent = published.isEmpty() ? null
                : versions.content(((Number) published.get(0).get("id")).longValue());
        MicroCredentialContent content = draft.isEmpty() ? publishedContent
                : versions.content(((Number) draft.get(0).get("id")).longValue());
        boolean sample = !draft.isEmpty() ? (Boolean) draft.get(0).get("sample_content")
                : !published.isEmpty() && (Boolean) published.get(0).get("sample_content");
        return Optional.of(new Editable(id, code, (String) row.get("title"),
                CredentialStatus.valueOf((String) row.get("status")), current,
                ((Number) row.get("row_version")).longValue(),
                draft.isEmpty() ? null : ((Number) draft.get(0).get("number")).intValue(), content, publishedContent,
                sample));
    }

    @Transactional(readOnly = true)
    public List<MicroCredentialVersions.VersionSummary> history(String code) {
        return editable(code).map(e -> versions.history(e.id())).orElse(List.of());
    }

    /** Creates a micro-credential whose first version is a draft. */
    @Transactional
    public void create(String code, String title, MicroCredentialContent content, String actor) {
        List<String> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add("Code: use lower-case letters, digits and hyphens (at most 80), e.g. 'reading-conferences'.");
        }
        checkTitle(title, problems);
        problems.addAll(content.problems());
        revision.lock();
        if (problems.isEmpty() && editableExists(code)) {
            problems.add("Code: '" + code + "' is already used by another micro-credential.");
        }
        if (!problems.isEmpty()) {
            throw new CatalogEditException(problems);
        }
        long id = jdbc.queryForObject(
                "insert into micro_credential (code, title, status) values (?, ?, 'DRAFT') returning id", Long.class,
                code, title.strip());
        versions.insertDraft(id, 1, content, false, actor, null);
        audit.record(actor, "microcredential.created", SUBJECT, code, "draft version 1: " + title.strip());
        revision.bump();
    }

    /** Saves the draft (starting one from the current version if needed); checks the admin edited the latest. */
    @Transactional
    public void saveDraft(String code, long expectedRowVersion, String title, MicroCredentialContent content,
                          String actor) {
        revision.lock();
        Editable current = require(code);
        if (current.status() == CredentialStatus.RETIRED) {
            throw new CatalogEditException("This micro-credential is retired and cannot be edited.");
        }
        if (current.rowVersion() != expectedRowVersion) {
            throw new CatalogEditException("Someone else changed this micro-credential while you were editing. "
                    + "Reload it to see their changes, then make yours again.");
        }
        List<String> problems = new ArrayList<>();
        checkTitle(title, problems);
        problems.addAll(content.problems());
        if (!problems.isEmpty()) {
            throw new CatalogEditException(problems);
        }
        List<String> changed = new ArrayList<>(content.changesFrom(current.published()));
        if (!title.strip().equals(current.title())) {
            changed.add(0, "title");
        }
        if (current.hasDraft()) {
            long draftId = jdbc.queryForObject("select id from micro_credential_version "
                    + "where micro_credential_id = ? and published_at is null", Long.class, current.id());
            versions.write(draftId, content);
            jdbc.update("update micro_credential_version set sample_content = false where id = ?", draftId);
        } else {
            versions.insertDraft(current.id(), nextNumber(current.id()), content, false, actor, null);
        }
        jdbc.update("update micro_credential set title = ?, row_version = row_version + 1, updated_at = now() "
                + "where id = ?", title.strip(), current.id());
        audit.record(actor, "microcredential.draft-saved", SUBJECT, code,
                changed.isEmpty() ? "no changes from the published version" : "changed: " + String.join(", ", changed));
        revision.bump();
    }

    /** Makes the draft the current published version; submissions already started keep their version. */
    @Transactional
    public int publish(String code, String changeNote, String actor) {
        revision.lock();
        Editable current = require(code);
        if (!current.hasDraft()) {
            throw new CatalogEditException("There is no draft to publish: edit the micro-credential first.");
        }
        if (current.status() == CredentialStatus.RETIRED) {
            throw new CatalogEditException("This micro-credential is retired and cannot be published again.");
        }
        List<String> problems = current.content().problems();
        if (!problems.isEmpty()) {
            throw new CatalogEditException(problems);
        }
        String note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
        if (note != null && note.length() > 500) {
            throw new CatalogEditException("What changed: keep the note to at most 500 characters.");
        }
        long draftId = jdbc.queryForObject("select id from micro_credential_version "
                + "where micro_credential_id = ? and published_at is null", Long.class, current.id());
        String changes = String.join(", ", current.content().changesFrom(current.published()));
        versions.publish(draftId, actor, note);
        jdbc.update("update micro_credential set status = 'PUBLISHED', current_version = ?, "
                + "row_version = row_version + 1, updated_at = now() where id = ?", current.draftNumber(), current.id());
        audit.record(actor, "microcredential.published", SUBJECT, code, "version " + current.draftNumber() + " ("
                + changes + ")" + (note == null ? "" : ": " + note));
        revision.bump();
        return current.draftNumber();
    }

    @Transactional
    public void discardDraft(String code, String actor) {
        revision.lock();
        Editable current = require(code);
        if (!current.hasDraft()) {
            throw new CatalogEditException("There is no draft to discard.");
        }
        if (!current.everPublished()) {
            throw new CatalogEditException("This micro-credential has never been published; its draft is all it has.");
        }
        jdbc.update("delete from micro_credential_version where micro_credential_id = ? and published_at is null",
                current.id());
        jdbc.update("update micro_credential set row_version = row_version + 1 where id = ?", current.id());
        audit.record(actor, "microcredential.draft-discarded", SUBJECT, code, "draft version "
                + current.draftNumber());
        revision.bump();
    }

    /** Retired: nobody can start it any more; earned records keep it. */
    @Transactional
    public void retire(String code, String actor) {
        revision.lock();
        Editable current = require(code);
        if (current.status() != CredentialStatus.PUBLISHED) {
            throw new CatalogEditException("Only a published micro-credential can be retired.");
        }
        jdbc.update("update micro_credential set status = 'RETIRED', row_version = row_version + 1, "
                + "updated_at = now() where id = ?", current.id());
        audit.record(actor, "microcredential.retired", SUBJECT, code, "version " + current.currentVersion());
        revision.bump();
    }

    private Editable require(String code) {
        return editable(code).orElseThrow(() -> new CatalogEditException("There is no micro-credential '" + code + "'."));
    }

    private boolean editableExists(String code) {
        return jdbc.queryForObject("select count(*) from micro_credential where code = ?", Integer.class, code) > 0;
    }

    private int nextNumber(long credentialId) {
        return jdbc.queryForObject("select coalesce(max(number), 0) + 1 from micro_credential_version "
                + "where micro_credential_id = ?", Integer.class, credentialId);
    }

    private static void checkTitle(String title, List<String> problems) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            problems.add("Title: give the micro-credential a title of at most 200 characters.");
        }
    }
}

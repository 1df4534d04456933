package org.pathways.people.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The roster_import table: uploaded files, their state, counts and first errors. */
@Repository
class RosterImports {

    static final int STORED_ERRORS = 500;

    private final JdbcTemplate jdbc;

    RosterImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String fileName, RosterFormat format, byte[] content, String sha256, String uploadedBy) {
        return jdbc.queryForObject("""
                insert into roster_import (file_name, format, content, sha256, uploaded_by, status)
                values (?, ?, ?, ?, ?, 'VALIDATING') returning id""", Long.class,
                fileName, format.name(), content, sha256, uploadedBy);
    }

    Optional<RosterImportView> find(long id) {
        return jdbc.query(SELECT + " where id = ?", RosterImports::view, id).stream().findFirst();
    }

    List<RosterImportView> recent(int limit) {
        return jdbc.query(SELECT + " order by id desc limit ?", RosterImports::view, limit);
    }

    byte[] content(long id) {
        return jdbc.queryForObject("select content from roster_import where id = ?", byte[].class, id);
    }

    List<RosterError> errors(long id) {
        return jdbc.query("""
                select file_part, row_number, column_name, message from roster_import_error
                where import_id = ? order by position""",
                (rs, i) -> new RosterError(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)), id);
    }

    /** Stores a preview: counts, and the first errors when there are any. */
    void saveValidation(long id, RosterPlan plan) {
        jdbc.update("delete from roster_import_error where import_id = ?", id);
        List<RosterError> stored = plan.errors().subList(0, Math.min(STORED_ERRORS, plan.errors().size()));
        jdbc.batchUpdate("""
                insert into roster_import_error (import_id, position, file_part, row_number, column_name, message)
                values (?, ?, ?, ?, ?, ?)""", java.util.stream.IntStream.range(0, stored.size())
                .mapToObj(i -> new Object[] {id, i, stored.get(i).part(), stored.get(i).row(), clip(stored.get(i).column(), 80),
                        clip(stored.get(i).message(), 500)})
                .toList());
        jdbc.update("""
                update roster_import set status = ?, total_rows = ?, processed_rows = 0, to_create = ?, to_update = ?,
                       to_deactivate = ?, unchanged = ?, error_count = ?, updated_at = now() where id = ?""",
                plan.valid() ? "READY" : "INVALID", plan.totalRows(), plan.creates().size(), plan.updates().size(),
                plan.deactivations().size(), plan.unchanged(), plan.errors().size(), id);
    }

    /** Moves a previewed import to APPLYING; false when it is not (or no longer) ready. */
    boolean claimForApply(long id) {
        return jdbc.update("""
                update roster_import set status = 'APPLYING', processed_rows = 0, failure = null, updated_at = now()
                where id = ? and status = 'READY'""", id) == 1;
    }

    void progress(long id, int processedRows) {
        jdbc.update("update roster_import set processed_rows = ?, updated_at = now() where id = ?", processedRows, id);
    }

    void markApplied(long id, RosterPlan plan, String appliedBy) {
        jdbc.update("""
                update roster_import set status = 'APPLIED', processed_rows = total_rows, to_create = ?, to_update = ?,
                       to_deactivate = ?, unchanged = ?, applied_by = ?, applied_at = now(), updated_at = now()
                where id = ?""", plan.creates().size(), plan.updates().size(), plan.deactivations().size(),
                plan.unchanged(), appliedBy, id);
    }

    void markFailed(long id, String message) {
        jdbc.update("update roster_import set status = 'FAILED', failure = ?, updated_at = now() where id = ?",
                clip(message, 2000), id);
    }

    /** Jobs whose node stopped: no heartbeat for the given number of seconds. */
    List<Long> stale(String status, int seconds) {
        return jdbc.queryForList("""
                select id from roster_import where status = ? and updated_at < now() - make_interval(secs => ?)
                order by id""", Long.class, status, seconds);
    }

    /** An apply that never committed changed nothing: the import can be applied again. */
    boolean releaseInterruptedApply(long id) {
        return jdbc.update("""
                update roster_import set status = 'READY', processed_rows = 0,
                       failure = 'The app stopped while applying this file; nothing was changed. Apply it again.',
                       updated_at = now() where id = ? and status = 'APPLYING'""", id) == 1;
    }

    boolean touchValidating(long id) {
        return jdbc.update("update roster_import set updated_at = now() where id = ? and status = 'VALIDATING'",
                id) == 1;
    }

    private static final String SELECT = """
            select id, file_name, format, status, total_rows, processed_rows, to_create, to_update, to_deactivate,
                   unchanged, error_count, failure, uploaded_by, uploaded_at, applied_by, applied_at
            from roster_import""";

    private static RosterImportView view(ResultSet rs, int i) throws SQLException {
        return new RosterImportView(rs.getLong(1), rs.getString(2), RosterFormat.valueOf(rs.getString(3)),
                RosterImportView.Status.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getString(12), rs.getString(13),
                instant(rs.getObject(14, OffsetDateTime.class)), rs.getString(15),
                instant(rs.getObject(16, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

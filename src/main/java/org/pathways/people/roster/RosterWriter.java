package org.pathways.people.roster;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the roster for planning and writes a plan in batches. Runs inside the caller's
 * transaction, so an import lands whole or not at all.
 */
@Component
class RosterWriter {

    static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    RosterWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One roster change at a time, across all app nodes; released when the transaction ends. */
    void lockRoster() {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('pathways.roster'))", Object.class);
    }

    RosterSnapshot snapshot() {
        Map<String, RosterSnapshot.Existing> byEmployeeId = new HashMap<>();
        Map<String, String> employeeIdByEmail = new HashMap<>();
        jdbc.query("""
                select e.id, e.employee_id, e.first_name, e.last_name, e.email, c.code, e.position, e.pay_band,
                       e.hire_date, e.active
                from educator e join campus c on c.id = e.campus_id""", rs -> {
            RosterSnapshot.Existing existing = new RosterSnapshot.Existing(rs.getLong(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                    rs.getDate(9).toLocalDate(), rs.getBoolean(10));
            byEmployeeId.put(existing.employeeId(), existing);
            employeeIdByEmail.put(RosterSnapshot.emailKey(existing.email()), existing.employeeId());
        });
        Map<String, Long> campuses = new HashMap<>();
        jdbc.query("select id, code from campus where active",
                rs -> {
                    campuses.put(RosterSnapshot.campusKey(rs.getString(2)), rs.getLong(1));
                });
        return new RosterSnapshot(byEmployeeId, employeeIdByEmail, campuses);
    }

    /** Writes the plan; returns the ids of the educators it created. Reports rows written as it goes. */
    List<Long> write(RosterPlan plan, IntConsumer progress) {
        // Addresses move between people in one file; clearing changed ones first keeps the unique index happy.
        List<RosterPlan.Change> changed = new ArrayList<>(plan.updates());
        changed.addAll(plan.deactivations());
        batches(changed, batch -> jdbc.batchUpdate(
                "update educator set email = '#' || id || '@moving.invalid' where id = ? and lower(email) <> lower(?)",
                batch.stream().map(c -> new Object[] {c.educatorId(), c.row().email()}).toList()));
        int[] done = {0};
        batches(changed, batch -> {
            jdbc.batchUpdate("""
                    update educator set first_name = ?, last_name = ?, email = ?, campus_id = ?, position = ?,
                           pay_band = ?, hire_date = ?, active = ?, row_version = row_version + 1, updated_at = now()
                    where id = ?""", batch.stream().map(c -> new Object[] {c.row().firstName(), c.row().lastName(),
                    c.row().email(), c.campusId(), c.row().position(), c.payBand(), Date.valueOf(c.hireDate()),
                    c.row().active(), c.educatorId()}).toList());
            done[0] += batch.size();
            progress.accept(done[0]);
        });
        // Leavers' open sessions end now rather than at their idle timeout.
        batches(plan.deactivations(), batch -> jdbc.batchUpdate(
                "delete from spring_session where lower(principal_name) = lower(?)",
                batch.stream().map(c -> new Object[] {c.row().email()}).toList()));
        List<Long> created = new ArrayList<>();
        batches(plan.creates(), batch -> {
            jdbc.batchUpdate("""
                    insert into educator (employee_id, first_name, last_name, email, campus_id, position, pay_band,
                                          hire_date, active) values (?, ?, ?, ?, ?, ?, ?, ?, true)""",
                    batch.stream().map(c -> new Object[] {c.row().employeeId(), c.row().firstName(),
                            c.row().lastName(), c.row().email(), c.campusId(), c.row().position(), c.payBand(),
                            Date.valueOf(c.hireDate())}).toList());
            String[] ids = batch.stream().map(c -> c.row().employeeId()).toArray(String[]::new);
            List<Long> newIds = jdbc.queryForList("select id from educator where employee_id = any(?)", Long.class,
                    (Object) ids);
            jdbc.batchUpdate("insert into account (educator_id) values (?)",
                    newIds.stream().map(id -> new Object[] {id}).toList());
            jdbc.batchUpdate("insert into account_role (educator_id, role) values (?, 'EDUCATOR')",
                    newIds.stream().map(id -> new Object[] {id}).toList());
            created.addAll(newIds);
            done[0] += batch.size();
            progress.accept(done[0]);
        });
        return created;
    }

    private static <T> void batches(List<T> items, java.util.function.Consumer<List<T>> action) {
        for (int from = 0; from < items.size(); from += BATCH) {
            action.accept(items.subList(from, Math.min(items.size(), from + BATCH)));
        }
    }
}

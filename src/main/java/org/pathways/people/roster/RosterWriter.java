package org.pathways.people.roster;

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

    /**
     * Writes the plan; returns the ids of the educators it created. Each batch is one statement over
     * arrays (unnest), so 50,000 rows take a hundred round trips, not a hundred thousand.
     */
    List<Long> write(RosterPlan plan, IntConsumer progress) {
        List<RosterPlan.Change> changed = new ArrayList<>(plan.updates());
        changed.addAll(plan.deactivations());
        // Addresses may move between people in one file; parking changed ones first keeps the unique index happy.
        batches(changed, batch -> jdbc.update("""
                update educator e set email = '#' || e.id || '@moving.invalid'
                from unnest(?::bigint[], ?::varchar[]) as u(id, email)
                where e.id = u.id and lower(e.email) <> lower(u.email)""",
                column(batch, RosterPlan.Change::educatorId, Long[]::new),
                column(batch, c -> c.row().email(), String[]::new)));
        int[] done = {0};
        batches(changed, batch -> {
            jdbc.update("""
                    update educator e set first_name = u.first_name, last_name = u.last_name, email = u.email,
                           campus_id = u.campus_id, position = u.position, pay_band = u.pay_band,
                           hire_date = u.hire_date, active = u.active, row_version = e.row_version + 1,
                           updated_at = now()
                    from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[],
                                ?::int[], ?::date[], ?::boolean[])
                         as u(id, first_name, last_name, email, campus_id, position, pay_band, hire_date, active)
                    where e.id = u.id""",
                    column(batch, RosterPlan.Change::educatorId, Long[]::new),
                    column(batch, c -> c.row().firstName(), String[]::new),
                    column(batch, c -> c.row().lastName(), String[]::new),
                    column(batch, c -> c.row().email(), String[]::new),
                    column(batch, RosterPlan.Change::campusId, Long[]::new),
                    column(batch, c -> c.row().position(), String[]::new),
                    column(batch, RosterPlan.Change::payBand, Integer[]::new),
                    column(batch, c -> c.hireDate().toString(), String[]::new),
                    column(batch, c -> c.row().active(), Boolean[]::new));
            done[0] += batch.size();
            progress.accept(done[0]);
        });
        // Leavers' open sessions end now rather than at their idle timeout.
        batches(plan.deactivations(), batch -> jdbc.update(
                "delete from spring_session where lower(principal_name) = any(?::varchar[])",
                (Object) column(batch, c -> c.row().email().toLowerCase(java.util.Locale.ROOT), String[]::new)));
        List<Long> created = new ArrayList<>();
        batches(plan.creates(), batch -> {
            List<Long> ids = jdbc.queryForList("""
                    insert into educator (employee_id, first_name, last_name, email, campus_id, position, pay_band,
                                          hire_date)
                    select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[],
                                         ?::varchar[], ?::int[], ?::date[])
                    returning id""", Long.class,
                    column(batch, c -> c.row().employeeId(), String[]::new),
                    column(batch, c -> c.row().firstName(), String[]::new),
                    column(batch, c -> c.row().lastName(), String[]::new),
                    column(batch, c -> c.row().email(), String[]::new),
                    column(batch, RosterPlan.Change::campusId, Long[]::new),
                    column(batch, c -> c.row().position(), String[]::new),
                    column(batch, RosterPlan.Change::payBand, Integer[]::new),
                    column(batch, c -> c.hireDate().toString(), String[]::new));
            Long[] newIds = ids.toArray(Long[]::new);
            jdbc.update("insert into account (educator_id) select unnest(?::bigint[])", (Object) newIds);
            jdbc.update("insert into account_role (educator_id, role) select unnest(?::bigint[]), 'EDUCATOR'",
                    (Object) newIds);
            created.addAll(ids);
            done[0] += batch.size();
            progress.accept(done[0]);
        });
        return created;
    }

    private static <T> T[] column(List<RosterPlan.Change> batch, java.util.function.Function<RosterPlan.Change, T> value,
                                  java.util.function.IntFunction<T[]> array) {
        return batch.stream().map(value).toArray(array);
    }

    private static <T> void batches(List<T> items, java.util.function.Consumer<List<T>> action) {
        for (int from = 0; from < items.size(); from += BATCH) {
            action.accept(items.subList(from, Math.min(items.size(), from + BATCH)));
        }
    }
}

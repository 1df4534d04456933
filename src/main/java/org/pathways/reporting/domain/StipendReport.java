package org.pathways.reporting.domain;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stipends of a school year by campus, position, pay band and ledger state; committed against the budget. */
@Service
public class StipendReport {

    static final String[] CSV_HEADER = {"employee_id", "last_name", "first_name", "campus_code", "position",
            "pay_band", "school_year", "microcredential_code", "earned_on", "amount_usd", "status", "batch_id"};

    /** Money promised: waiting for approval, approved and paid, net of reversal lines. */
    private static final String COMMITTED = "status in ('PENDING', 'APPROVED', 'EXPORTED')";

    /** How the figures' cube writes "all campuses", "all positions" and "all states". */
    private static final String ANY = "*";

    private final JdbcTemplate jdbc;
    private final CsvStreamer csv;

    StipendReport(JdbcTemplate jdbc, CsvStreamer csv) {
        this.jdbc = jdbc;
        this.csv = csv;
    }

    /** One group of lines: how many, how many awards, the money committed, how many educators. */
    public record Group(String label, long lines, long awards, BigDecimal committed, long educators) {
    }

    public record Result(ReportFilter filter, Optional<BigDecimal> budget, Group total, List<Group> byCampus,
                         List<Group> byPosition, List<Group> byBand, List<Group> byState, long educatorsAtCap) {

        /** The budget left after what is committed, when a budget is set. */
        public Optional<BigDecimal> remaining() {
            return budget.map(b -> b.subtract(total.committed()));
        }
    }

    /**
     * The report from the refreshed figures; with a career role filter, which the figures cannot
     * answer (a role is held now, by the person), live from the ledger lines.
     */
    @Transactional(readOnly = true)
    public Result run(ReportFilter filter) {
        return filter.role() == null ? fromFigures(filter) : live(filter);
    }

    /**
     * Reads the cells of the cube whose dimensions equal the filters ('*' and band 0 for "any") in all
     * but at most one dimension: all equal is the total, one different is a row of that breakdown.
     */
    Result fromFigures(ReportFilter filter) {
        Object[] wanted = {filter.campus() == null ? ANY : filter.campus(),
                filter.position() == null ? ANY : filter.position(), filter.band() == null ? 0 : filter.band(), ANY};
        Breakdowns breakdowns = new Breakdowns();
        long[] atCap = {0};
        jdbc.query("""
                select campus_code, position, pay_band, status, lines, awards, committed, educators, educators_at_cap
                from reporting_stipend_figures
                where school_year = ? and (? = '*' or campus_code = ?) and (? = '*' or position = ?)
                  and (? = 0 or pay_band = ?)
                  and (campus_code = ?)::int + (position = ?)::int + (pay_band = ?)::int + (status = '*')::int >= 3
                order by campus_code, position, pay_band, status""", rs -> {
            Object[] cell = {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)};
            Group group = new Group(null, rs.getLong(5), rs.getLong(6), rs.getBigDecimal(7), rs.getLong(8));
            int differing = -1;
            for (int d = 0; d < cell.length; d++) {
                if (!cell[d].equals(wanted[d])) {
                    differing = d;
                }
            }
            if (differing >= 0) {
                breakdowns.add(differing, cell[differing], group);
                return;
            }
            breakdowns.total = labelled(group, "All");
            atCap[0] = rs.getLong(9);
            // A dimension the filters fix is a breakdown of one row: the total itself.
            for (int d = 0; d < cell.length; d++) {
                if (!cell[d].equals(d == 2 ? 0 : ANY)) {
                    breakdowns.add(d, cell[d], group);
                }
            }
        }, filter.schoolYear().toString(), wanted[0], wanted[0], wanted[1], wanted[1], wanted[2], wanted[2],
                wanted[0], wanted[1], wanted[2]);
        return new Result(filter, budget(filter), breakdowns.total, breakdowns.byCampus, breakdowns.byPosition,
                breakdowns.byBand, breakdowns.byState, atCap[0]);
    }

    Result live(ReportFilter filter) {
        SqlWhere where = filter.onStipendLine();
        String year = filter.schoolYear().toString();
        Breakdowns breakdowns = new Breakdowns();
        // One scan of the year's lines, grouped four ways at once.
        jdbc.query("""
                select grouping(l.campus_code), grouping(l.position), grouping(l.pay_band), grouping(l.status),
                       l.campus_code, l.position, l.pay_band, l.status, count(*),
                       count(*) filter (where l.outcome = 'AWARDED'),
                       coalesce(sum(l.amount) filter (where l.%s), 0), count(distinct l.educator_id)
                from stipend_line l where l.school_year = ?%s
                group by grouping sets ((l.campus_code), (l.position), (l.pay_band), (l.status), ())
                order by 5, 6, 7, 8""".formatted(COMMITTED, where.sql()), rs -> {
            Group group = new Group(null, rs.getLong(9), rs.getLong(10), rs.getBigDecimal(11), rs.getLong(12));
            for (int d = 0; d < 4; d++) {
                if (rs.getInt(d + 1) == 0) {
                    breakdowns.add(d, rs.getObject(d + 5), group);
                    return;
                }
            }
            breakdowns.total = labelled(group, "All");
        }, where.args(year));
        Long atCap = jdbc.queryForObject("""
                select count(*) from (select l.educator_id from stipend_line l
                    where l.school_year = ? and l.cap_slot is not null%s
                    group by l.educator_id having count(*) >= max(l.cap)) at_cap""".formatted(where.sql()),
                Long.class, where.args(year));
        return new Result(filter, budget(filter), breakdowns.total, breakdowns.byCampus, breakdowns.byPosition,
                breakdowns.byBand, breakdowns.byState, atCap);
    }

    private Optional<BigDecimal> budget(ReportFilter filter) {
        return jdbc.queryForList("select amount from incentive_budget where school_year = ?", BigDecimal.class,
                filter.schoolYear().toString()).stream().findFirst();
    }

    /** The four breakdowns (campus, position, pay band, ledger state) and the total, filled row by row. */
    private static final class Breakdowns {

        final List<Group> byCampus = new ArrayList<>();
        final List<Group> byPosition = new ArrayList<>();
        final List<Group> byBand = new ArrayList<>();
        final List<Group> byState = new ArrayList<>();
        Group total = new Group("All", 0, 0, BigDecimal.ZERO, 0);

        void add(int dimension, Object value, Group group) {
            switch (dimension) {
                case 0 -> byCampus.add(labelled(group, (String) value));
                case 1 -> byPosition.add(labelled(group, (String) value));
                case 2 -> byBand.add(labelled(group, "Band " + value));
                default -> byState.add(labelled(group, (String) value));
            }
        }
    }

    /** Every stipend line of the year that passes the filter, one CSV row each (DESIGN section 4 columns). */
    public void writeCsv(ReportFilter filter, OutputStream out) {
        SqlWhere where = filter.onStipendLine();
        csv.stream(out, CSV_HEADER, """
                select e.employee_id, e.last_name, e.first_name, l.campus_code, l.position, l.pay_band, l.school_year,
                       l.micro_credential_code, l.earned_on, l.amount, l.status, l.batch_id
                from stipend_line l join educator e on e.id = l.educator_id
                where l.school_year = ?%s order by l.id""".formatted(where.sql()), where.args(
                filter.schoolYear().toString()), rs -> new Object[] {rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, java.time.LocalDate.class), rs.getBigDecimal(10), rs.getString(11),
                rs.getObject(12)});
    }

    private static Group labelled(Group group, String label) {
        return new Group(label, group.lines(), group.awards(), group.committed(), group.educators());
    }
}

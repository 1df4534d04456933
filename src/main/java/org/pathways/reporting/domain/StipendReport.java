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

    @Transactional(readOnly = true)
    public Result run(ReportFilter filter) {
        SqlWhere where = filter.onStipendLine();
        String year = filter.schoolYear().toString();
        List<Group> byCampus = new ArrayList<>();
        List<Group> byPosition = new ArrayList<>();
        List<Group> byBand = new ArrayList<>();
        List<Group> byState = new ArrayList<>();
        Group[] total = {new Group("All", 0, 0, BigDecimal.ZERO, 0)};
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
            if (rs.getInt(1) == 0) {
                byCampus.add(labelled(group, rs.getString(5)));
            } else if (rs.getInt(2) == 0) {
                byPosition.add(labelled(group, rs.getString(6)));
            } else if (rs.getInt(3) == 0) {
                byBand.add(labelled(group, "Band " + rs.getInt(7)));
            } else if (rs.getInt(4) == 0) {
                byState.add(labelled(group, rs.getString(8)));
            } else {
                total[0] = labelled(group, "All");
            }
        }, where.args(year));
        Optional<BigDecimal> budget = jdbc.queryForList("select amount from incentive_budget where school_year = ?",
                BigDecimal.class, year).stream().findFirst();
        // An award that still stands holds a numbered place under the cap in force when it was decided.
        Long atCap = jdbc.queryForObject("""
                select count(*) from (select l.educator_id from stipend_line l
                    where l.school_year = ? and l.cap_slot is not null%s
                    group by l.educator_id having count(*) >= max(l.cap)) at_cap""".formatted(where.sql()),
                Long.class, where.args(year));
        return new Result(filter, budget, total[0], byCampus, byPosition, byBand, byState, atCap);
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

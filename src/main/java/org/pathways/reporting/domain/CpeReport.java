package org.pathways.reporting.domain;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** CPE hours of a school year per campus and per educator, net of reversals. */
@Service
public class CpeReport {

    static final String[] CSV_HEADER = {"employee_id", "last_name", "first_name", "campus_code", "school_year",
            "microcredential_code", "earned_on", "cpe_hours"};

    /** Educators listed on the page; the CSV has every credit line. */
    public static final int EDUCATORS_SHOWN = 100;

    private final JdbcTemplate jdbc;
    private final CsvStreamer csv;

    CpeReport(JdbcTemplate jdbc, CsvStreamer csv) {
        this.jdbc = jdbc;
        this.csv = csv;
    }

    public record CampusHours(String campusCode, String campusName, long educators, BigDecimal hours) {
    }

    public record EducatorHours(long educatorId, String employeeId, String name, String campusCode,
                                long credentials, BigDecimal hours) {
    }

    public record Result(ReportFilter filter, BigDecimal totalHours, long educators, List<CampusHours> byCampus,
                         List<EducatorHours> topEducators) {
    }

    /** From the refreshed figures, one row per educator and year. */
    @Transactional(readOnly = true)
    public Result run(ReportFilter filter) {
        SqlWhere where = filter.onFigures();
        Object[] args = where.args(filter.schoolYear().toString());
        List<CampusHours> byCampus = jdbc.query("""
                select c.code, c.name, count(*), sum(f.hours)
                from reporting_cpe_educator f join campus c on c.id = f.campus_id
                where f.school_year = ?%s group by c.code, c.name order by c.code""".formatted(where.sql()),
                (rs, i) -> new CampusHours(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)),
                args);
        List<EducatorHours> top = jdbc.query("""
                select f.educator_id, f.employee_id, f.name, c.code, f.credentials, f.hours
                from reporting_cpe_educator f join campus c on c.id = f.campus_id
                where f.school_year = ?%s
                order by f.hours desc, f.last_name, f.educator_id limit %d""".formatted(where.sql(), EDUCATORS_SHOWN),
                (rs, i) -> new EducatorHours(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getBigDecimal(6)), args);
        BigDecimal total = byCampus.stream().map(CampusHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        long educators = byCampus.stream().mapToLong(CampusHours::educators).sum();
        return new Result(filter, total, educators, byCampus, top);
    }

    /** Every CPE line of the year that passes the filter (DESIGN section 4 columns). */
    public void writeCsv(ReportFilter filter, OutputStream out) {
        SqlWhere where = filter.onEducator();
        csv.stream(out, CSV_HEADER, """
                select e.employee_id, e.last_name, e.first_name, c.code, k.school_year, k.micro_credential_code,
                       k.credited_on, k.hours
                from cpe_credit k join educator e on e.id = k.educator_id join campus c on c.id = e.campus_id
                where k.school_year = ?%s order by k.id""".formatted(where.sql()),
                where.args(filter.schoolYear().toString()), rs -> new Object[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, java.time.LocalDate.class), rs.getBigDecimal(8)});
    }
}

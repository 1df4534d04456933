package org.pathways.reporting.domain;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Active educators matching a combination of filters, e.g. teachers with 3+ micro-credentials and no leader role. */
@Service
public class PopulationReport {

    static final String[] CSV_HEADER = {"employee_id", "last_name", "first_name", "campus_code", "position",
            "pay_band", "hire_date", "earned_microcredentials", "held_roles"};

    /** People listed on the page; the CSV has everyone. */
    public static final int SHOWN = 200;

    /** Career role tiers from teacher leadership up count as leader roles. */
    private static final int FIRST_LEADER_TIER = 2;

    private final JdbcTemplate jdbc;
    private final CsvStreamer csv;

    PopulationReport(JdbcTemplate jdbc, CsvStreamer csv) {
        this.jdbc = jdbc;
        this.csv = csv;
    }

    public record Person(long educatorId, String employeeId, String name, String campusCode, String position,
                        int payBand, LocalDate hireDate, long earned, String heldRoles) {
    }

    public record Result(PopulationFilter filter, long total, List<Person> people) {
    }

    @Transactional(readOnly = true)
    public Result run(PopulationFilter filter, LocalDate today) {
        Query query = query(filter, today);
        Long total = jdbc.queryForObject("select count(*) from (" + query.sql + ") population", Long.class,
                query.args);
        List<Person> people = jdbc.query(query.sql + " order by e.last_name, e.first_name, e.id limit " + SHOWN,
                (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(4) + " " + rs.getString(3),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, LocalDate.class),
                        rs.getLong(9), rs.getString(10)), query.args);
        return new Result(filter, total, people);
    }

    public record Earned(String microCredentialCode, LocalDate earnedOn, java.math.BigDecimal cpeHours) {
    }

    /** The micro-credentials an educator has earned and still holds, newest first. */
    @Transactional(readOnly = true)
    public List<Earned> earned(long educatorId) {
        return jdbc.query("""
                select micro_credential_code, earned_on, cpe_hours from earned_credential
                where educator_id = ? and revoked_on is null order by earned_on desc, id desc""",
                (rs, i) -> new Earned(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)),
                educatorId);
    }

    public void writeCsv(PopulationFilter filter, LocalDate today, OutputStream out) {
        Query query = query(filter, today);
        csv.stream(out, CSV_HEADER, query.sql + " order by e.id", query.args, rs -> new Object[] {
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                rs.getObject(8, LocalDate.class), rs.getLong(9), rs.getString(10) == null ? "" : rs.getString(10)});
    }

    private record Query(String sql, Object[] args) {
    }

    private static Query query(PopulationFilter filter, LocalDate today) {
        SqlWhere where = filter.base().onEducator();
        if (filter.minEarned() > 0) {
            where.and("(select count(*) from earned_credential k where k.educator_id = e.id and k.revoked_on is null) >= ?",
                    filter.minEarned());
        }
        if (filter.noLeaderRole()) {
            where.and("not exists (select 1 from held_role h join career_role r on r.id = h.role_id "
                    + "where h.educator_id = e.id and h.until is null and r.tier >= ?)", FIRST_LEADER_TIER);
        }
        if (filter.minYearsOfService() > 0) {
            where.and("e.hire_date <= ?", today.minusYears(filter.minYearsOfService()));
        }
        String sql = """
                select e.id, e.employee_id, e.last_name, e.first_name, c.code, e.position, e.pay_band, e.hire_date,
                       (select count(*) from earned_credential k where k.educator_id = e.id and k.revoked_on is null),
                       (select string_agg(r.code, ' ' order by r.tier, r.code) from held_role h
                        join career_role r on r.id = h.role_id where h.educator_id = e.id and h.until is null)
                from educator e join campus c on c.id = e.campus_id
                where e.active%s""".formatted(where.sql());
        return new Query(sql, where.args());
    }
}

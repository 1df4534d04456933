package org.pathways.reporting.domain;

import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far educators have come in a school year: campuses taking part, educators with earned
 * micro-credentials, the funnel from draft to earned, first-attempt pass rate, time to a decision,
 * the reviewers' backlog and access requests past their due date.
 */
@Service
public class EngagementReport {

    static final String[] CSV_HEADER = {"campus_code", "campus_name", "educators", "educators_submitting",
            "submissions_started", "submissions_submitted", "credentials_earned", "educators_with_1_earned",
            "educators_with_2_or_more_earned"};

    private final JdbcTemplate jdbc;
    private final CsvStreamer csv;

    EngagementReport(JdbcTemplate jdbc, CsvStreamer csv) {
        this.jdbc = jdbc;
        this.csv = csv;
    }

    public record Funnel(long started, long submitted, long earned, long firstAttemptsDecided,
                         long firstAttemptsPassed, Double medianDaysToDecision) {

        /** Share of first attempts earned among those decided, in whole percent; empty before any decision. */
        public Integer firstAttemptPassPercent() {
            return firstAttemptsDecided == 0 ? null : (int) Math.round(100.0 * firstAttemptsPassed / firstAttemptsDecided);
        }
    }

    public record Backlog(long waiting, long pastTarget, int targetDays, Double oldestDays) {
    }

    public record Result(ReportFilter filter, long campusesTakingPart, long campuses, long educatorsWithOne,
                         long educatorsWithTwoOrMore, Funnel funnel, Backlog backlog, long accessRequestsPending,
                         long accessRequestsOverdue) {
    }

    @Transactional(readOnly = true)
    public Result run(ReportFilter filter, LocalDate today) {
        SqlWhere where = filter.onEducator();
        Timestamp from = startOf(filter.firstDay());
        Timestamp until = startOf(filter.endDay());
        long[] campuses = jdbc.queryForObject("""
                select (select count(distinct e.campus_id)
                        from submission s join educator e on e.id = s.educator_id join campus c on c.id = e.campus_id
                        where c.active and c.kind = 'SCHOOL' and s.submitted_at >= ? and s.submitted_at < ?%s),
                       (select count(*) from campus c
                        where c.active and c.kind = 'SCHOOL' and (cast(? as varchar) is null or c.code = ?))"""
                .formatted(where.sql()), (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                append(where.args(from, until), filter.campus(), filter.campus()));
        long[] earners = jdbc.queryForObject("""
                select count(*) filter (where n = 1), count(*) filter (where n >= 2) from (
                    select k.educator_id, count(*) n
                    from earned_credential k join educator e on e.id = k.educator_id join campus c on c.id = e.campus_id
                    where k.revoked_on is null and k.earned_on >= ? and k.earned_on < ?%s
                    group by k.educator_id) per_educator""".formatted(where.sql()),
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                where.args(filter.firstDay(), filter.endDay()));
        Funnel funnel = jdbc.queryForObject("""
                select count(*), count(*) filter (where s.submitted_at is not null),
                       count(*) filter (where d.outcome = 'EARNED'),
                       count(*) filter (where s.attempt = 1 and d.id is not null),
                       count(*) filter (where s.attempt = 1 and d.outcome = 'EARNED'),
                       percentile_cont(0.5) within group (order by extract(epoch from d.decided_at - s.submitted_at) / 86400)
                           filter (where d.id is not null)
                from submission s join educator e on e.id = s.educator_id join campus c on c.id = e.campus_id
                left join review_decision d on d.submission_id = s.id
                where s.status <> 'WITHDRAWN' and s.created_at >= ? and s.created_at < ?%s""".formatted(where.sql()),
                (rs, i) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        days(rs, 6)), where.args(from, until));
        Backlog backlog = jdbc.queryForObject("""
                select count(s.id), count(s.id) filter (where s.submitted_at < now() - make_interval(days => p.target_days)),
                       p.target_days, max(extract(epoch from now() - s.submitted_at) / 86400)
                from review_policy p
                left join (submission s join educator e on e.id = s.educator_id join campus c on c.id = e.campus_id)
                    on s.status in ('SUBMITTED', 'IN_REVIEW')%s
                group by p.target_days""".formatted(where.sql()),
                (rs, i) -> new Backlog(rs.getLong(1), rs.getLong(2), rs.getInt(3), days(rs, 4)),
                where.args());
        long[] access = jdbc.queryForObject("""
                select count(*), count(*) filter (where a.due_on < ?)
                from access_request a join educator e on e.id = a.educator_id join campus c on c.id = e.campus_id
                where a.status = 'PENDING'%s""".formatted(where.sql()),
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, where.args(today));
        return new Result(filter, campuses[0], campuses[1], earners[0], earners[1], funnel, backlog, access[0],
                access[1]);
    }

    /** One row per campus with its figures for the year. */
    public void writeCsv(ReportFilter filter, OutputStream out) {
        SqlWhere where = filter.onEducator();
        Timestamp from = startOf(filter.firstDay());
        Timestamp until = startOf(filter.endDay());
        csv.stream(out, CSV_HEADER, """
                with subs as (
                    select e.campus_id, count(*) started, count(*) filter (where s.submitted_at is not null) submitted,
                           count(distinct s.educator_id) filter (where s.submitted_at is not null) submitting
                    from submission s join educator e on e.id = s.educator_id join campus c on c.id = e.campus_id
                    where s.status <> 'WITHDRAWN' and s.created_at >= ? and s.created_at < ?%1$s
                    group by e.campus_id),
                earned as (
                    select campus_id, sum(n) earned, count(*) filter (where n = 1) one, count(*) filter (where n >= 2) more
                    from (select e.campus_id, k.educator_id, count(*) n
                          from earned_credential k join educator e on e.id = k.educator_id join campus c on c.id = e.campus_id
                          where k.revoked_on is null and k.earned_on >= ? and k.earned_on < ?%1$s
                          group by e.campus_id, k.educator_id) per_educator
                    group by campus_id),
                staff as (
                    select e.campus_id, count(*) educators from educator e join campus c on c.id = e.campus_id
                    where e.active%1$s group by e.campus_id)
                select c.code, c.name, coalesce(staff.educators, 0), coalesce(subs.submitting, 0),
                       coalesce(subs.started, 0), coalesce(subs.submitted, 0), coalesce(earned.earned, 0),
                       coalesce(earned.one, 0), coalesce(earned.more, 0)
                from campus c left join staff on staff.campus_id = c.id left join subs on subs.campus_id = c.id
                left join earned on earned.campus_id = c.id
                where c.active and c.kind = 'SCHOOL' and (cast(? as varchar) is null or c.code = ?)
                order by c.code""".formatted(where.sql()),
                append(append(append(where.args(from, until), where.args(filter.firstDay(), filter.endDay())),
                        where.args()), filter.campus(), filter.campus()),
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)});
    }

    private static Double days(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double days = rs.getDouble(column);
        return rs.wasNull() ? null : days;
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static Object[] append(Object[] first, Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}

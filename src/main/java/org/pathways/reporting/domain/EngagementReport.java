package org.pathways.reporting.domain;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
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

    static final String[] REVIEWERS_CSV_HEADER = {"employee_id", "reviewer", "campus_code", "decisions",
            "median_days_to_decision", "waiting", "oldest_waiting_days"};

    /** Reviewers listed on the page; the reviewers' CSV has all of them. */
    public static final int REVIEWERS_SHOWN = 50;

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

    /** A reviewer's decisions in the year, their median days to a decision and what waits for them now. */
    public record ReviewerLoad(long reviewerId, String employeeId, String name, String campusCode, long decisions,
                               Double medianDaysToDecision, long waiting, Double oldestWaitingDays) {
    }

    public record Result(ReportFilter filter, long campusesTakingPart, long campuses, long educatorsWithOne,
                         long educatorsWithTwoOrMore, Funnel funnel, Backlog backlog, long accessRequestsPending,
                         long accessRequestsOverdue, List<ReviewerLoad> reviewers) {
    }

    private record YearFigures(long campusesTakingPart, long campuses, long educatorsWithOne,
                               long educatorsWithTwoOrMore, Funnel funnel) {
    }

    /**
     * Campuses, earners, the funnel and the median from the refreshed figures; the backlog, the reviewers'
     * queues and access requests as they are now.
     */
    @Transactional(readOnly = true)
    public Result run(ReportFilter filter, LocalDate today) {
        SqlWhere where = filter.onEducator();
        SqlWhere figures = filter.onFigures();
        String schoolYear = filter.schoolYear().toString();
        Object[] args = append(append(new Object[] {filter.campus(), filter.campus()}, figures.args(schoolYear)),
                figures.args(schoolYear));
        YearFigures year = jdbc.queryForObject("""
                select count(distinct f.campus_id) filter (where f.submitted_in_year and c.active and c.kind = 'SCHOOL'),
                       (select count(*) from campus c
                        where c.active and c.kind = 'SCHOOL' and (cast(? as varchar) is null or c.code = ?)),
                       count(*) filter (where f.credentials = 1), count(*) filter (where f.credentials >= 2),
                       coalesce(sum(f.started), 0), coalesce(sum(f.submitted), 0), coalesce(sum(f.earned), 0),
                       coalesce(sum(f.first_decided), 0), coalesce(sum(f.first_passed), 0),
                       (select percentile_cont(0.5) within group (order by f.days)
                        from reporting_review_decision f join campus c on c.id = f.campus_id
                        where f.school_year = ?%1$s)
                from reporting_engagement_educator f join campus c on c.id = f.campus_id
                where f.school_year = ?%1$s""".formatted(figures.sql()),
                (rs, i) -> new YearFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        new Funnel(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                                days(rs, 10))),
                args);
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
        return new Result(filter, year.campusesTakingPart, year.campuses, year.educatorsWithOne,
                year.educatorsWithTwoOrMore, year.funnel, backlog, access[0], access[1],
                reviewers(filter, REVIEWERS_SHOWN));
    }

    /** One row per campus with its figures for the year; staff as they are now. */
    public void writeCsv(ReportFilter filter, OutputStream out) {
        SqlWhere where = filter.onEducator();
        SqlWhere figures = filter.onFigures();
        csv.stream(out, CSV_HEADER, """
                with activity as (
                    select f.campus_id, count(*) filter (where f.submitted > 0) submitting, sum(f.started) started,
                           sum(f.submitted) submitted, sum(f.credentials) earned,
                           count(*) filter (where f.credentials = 1) one, count(*) filter (where f.credentials >= 2) more
                    from reporting_engagement_educator f join campus c on c.id = f.campus_id
                    where f.school_year = ?%s group by f.campus_id),
                staff as (
                    select e.campus_id, count(*) educators from educator e join campus c on c.id = e.campus_id
                    where e.active%s group by e.campus_id)
                select c.code, c.name, coalesce(staff.educators, 0), coalesce(activity.submitting, 0),
                       coalesce(activity.started, 0), coalesce(activity.submitted, 0), coalesce(activity.earned, 0),
                       coalesce(activity.one, 0), coalesce(activity.more, 0)
                from campus c left join staff on staff.campus_id = c.id left join activity on activity.campus_id = c.id
                where c.active and c.kind = 'SCHOOL' and (cast(? as varchar) is null or c.code = ?)
                order by c.code""".formatted(figures.sql(), where.sql()),
                append(append(figures.args(filter.schoolYear().toString()), where.args()), filter.campus(),
                        filter.campus()),
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)});
    }

    /**
     * Each reviewer who decided a submission of the year or has submissions waiting in the
     * micro-credentials assigned to them: decisions and median days to a decision (of submissions
     * begun in the year), and what waits for them now. Most waiting first.
     */
    @Transactional(readOnly = true)
    public List<ReviewerLoad> reviewers(ReportFilter filter, int limit) {
        return jdbc.query(reviewersSql(filter) + " limit " + limit, (rs, i) -> reviewer(rs), reviewersArgs(filter));
    }

    /** Every reviewer of {@link #reviewers}, one CSV row each. */
    public void writeReviewersCsv(ReportFilter filter, OutputStream out) {
        csv.stream(out, REVIEWERS_CSV_HEADER, reviewersSql(filter), reviewersArgs(filter), rs -> {
            ReviewerLoad r = reviewer(rs);
            return new Object[] {r.employeeId(), r.name(), r.campusCode(), r.decisions(), r.medianDaysToDecision(),
                    r.waiting(), r.oldestWaitingDays()};
        });
    }

    private static String reviewersSql(ReportFilter filter) {
        return """
                with decided as (
                    select f.reviewer_id, count(*) decisions, percentile_cont(0.5) within group (order by f.days) days
                    from reporting_review_decision f join campus c on c.id = f.campus_id
                    where f.school_year = ?%s group by f.reviewer_id),
                waiting as (
                    select a.reviewer_id, count(*) waiting, max(extract(epoch from now() - s.submitted_at) / 86400) oldest
                    from review_assignment a
                    join submission s on s.micro_credential_code = a.micro_credential_code
                    join educator e on e.id = s.educator_id join campus c on c.id = e.campus_id
                    where s.status in ('SUBMITTED', 'IN_REVIEW')%s group by a.reviewer_id),
                reviewer as (select reviewer_id from decided union select reviewer_id from waiting)
                select e.id, e.employee_id, e.first_name || ' ' || e.last_name, c.code, coalesce(decided.decisions, 0),
                       decided.days, coalesce(waiting.waiting, 0), waiting.oldest
                from reviewer r join educator e on e.id = r.reviewer_id join campus c on c.id = e.campus_id
                left join decided on decided.reviewer_id = r.reviewer_id
                left join waiting on waiting.reviewer_id = r.reviewer_id
                order by coalesce(waiting.waiting, 0) desc, e.last_name, e.first_name, e.id"""
                .formatted(filter.onFigures().sql(), filter.onEducator().sql());
    }

    private static Object[] reviewersArgs(ReportFilter filter) {
        return append(filter.onFigures().args(filter.schoolYear().toString()), filter.onEducator().args());
    }

    private static ReviewerLoad reviewer(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReviewerLoad(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                days(rs, 6), rs.getLong(7), days(rs, 8));
    }

    private static Double days(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double days = rs.getDouble(column);
        return rs.wasNull() ? null : days;
    }

    private static Object[] append(Object[] first, Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}

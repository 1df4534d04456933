-- Reporting figures: materialized views of the yearly aggregates the report pages read, so a page
-- costs a lookup of a few rows instead of a pass over a year of submissions and ledger lines.
-- Each view holds exactly what the live tables give at the time of its last refresh;
-- reporting_refresh_figures() refreshes them all, reporting_refresh says when.

-- The school year (e.g. '2041-2042') a date falls in, for years starting on 1 August
-- (SchoolYear.DEFAULT_START): shifting the date back seven months lands 1 August on 1 January.
create function reporting_school_year(day date) returns varchar language sql immutable as $$
    select extract(year from day - interval '7 months')::int || '-' || extract(year from day + interval '5 months')::int
$$;

-- Stipend lines of each school year cubed over campus, position, pay band and ledger state
-- (as recorded on the line when it was decided); '*' and band 0 stand for "all". A report reads
-- the cells its filters name, so even the distinct counts of educators stay exact.
create materialized view reporting_stipend_figures as
with cells as (
    select school_year,
           coalesce(campus_code, '*') campus_code, coalesce(position, '*') position,
           coalesce(pay_band, 0) pay_band, coalesce(status, '*') status,
           count(*) lines,
           count(*) filter (where outcome = 'AWARDED') awards,
           coalesce(sum(amount) filter (where status in ('PENDING', 'APPROVED', 'EXPORTED')), 0) committed,
           count(distinct educator_id) educators
    from stipend_line
    group by school_year, cube (campus_code, position, pay_band, status)),
-- An award that still stands holds a numbered place under the cap in force when it was decided.
places as (
    select school_year, educator_id,
           coalesce(campus_code, '*') campus_code, coalesce(position, '*') position, coalesce(pay_band, 0) pay_band,
           count(*) taken, max(cap) cap
    from stipend_line where cap_slot is not null
    group by school_year, educator_id, cube (campus_code, position, pay_band)),
at_cap as (
    select school_year, campus_code, position, pay_band, count(*) filter (where taken >= cap) educators
    from places group by school_year, campus_code, position, pay_band)
select cells.*, coalesce(at_cap.educators, 0) educators_at_cap
from cells left join at_cap on cells.status = '*' and at_cap.school_year = cells.school_year
    and at_cap.campus_code = cells.campus_code and at_cap.position = cells.position
    and at_cap.pay_band = cells.pay_band;
create unique index reporting_stipend_figures_cell
    on reporting_stipend_figures (school_year, campus_code, position, pay_band, status);

-- CPE hours of each school year per educator, net of reversals, with the educator's campus,
-- position and band for the filters and the name for the page.
create materialized view reporting_cpe_educator as
select k.school_year, k.educator_id, e.employee_id, e.first_name || ' ' || e.last_name as name, e.last_name,
       e.campus_id, e.position, e.pay_band,
       count(*) filter (where k.kind = 'CREDIT') - count(*) filter (where k.kind = 'REVERSAL') credentials,
       sum(k.hours) hours
from cpe_credit k join educator e on e.id = k.educator_id
group by k.school_year, k.educator_id, e.id;
create unique index reporting_cpe_educator_key on reporting_cpe_educator (school_year, educator_id);
create index reporting_cpe_educator_top on reporting_cpe_educator (school_year, hours desc, last_name, educator_id);
create index reporting_cpe_educator_campus on reporting_cpe_educator (school_year, campus_id);

-- What each educator did in each school year: submissions begun (the funnel and first attempts),
-- whether they submitted anything in the year, and micro-credentials earned and still held.
create materialized view reporting_engagement_educator as
with begun as (
    select reporting_school_year(s.created_at::date) school_year, s.educator_id, count(*) started,
           count(*) filter (where s.submitted_at is not null) submitted,
           count(*) filter (where d.outcome = 'EARNED') earned,
           count(*) filter (where s.attempt = 1 and d.id is not null) first_decided,
           count(*) filter (where s.attempt = 1 and d.outcome = 'EARNED') first_passed
    from submission s left join review_decision d on d.submission_id = s.id
    where s.status <> 'WITHDRAWN'
    group by 1, 2),
submitting as (
    select distinct reporting_school_year(s.submitted_at::date) school_year, s.educator_id
    from submission s where s.submitted_at is not null),
held as (
    select reporting_school_year(k.earned_on) school_year, k.educator_id, count(*) credentials
    from earned_credential k where k.revoked_on is null
    group by 1, 2),
activity as (
    select school_year, educator_id, started, submitted, earned, first_decided, first_passed,
           0 submitted_in_year, 0 credentials from begun
    union all
    select school_year, educator_id, 0, 0, 0, 0, 0, 1, 0 from submitting
    union all
    select school_year, educator_id, 0, 0, 0, 0, 0, 0, credentials from held)
select a.school_year, a.educator_id, e.campus_id, e.position, e.pay_band,
       sum(a.started)::int started, sum(a.submitted)::int submitted, sum(a.earned)::int earned,
       sum(a.first_decided)::int first_decided, sum(a.first_passed)::int first_passed,
       sum(a.submitted_in_year) > 0 submitted_in_year, sum(a.credentials)::int credentials
from activity a join educator e on e.id = a.educator_id
group by a.school_year, a.educator_id, e.id;
create unique index reporting_engagement_educator_key on reporting_engagement_educator (school_year, educator_id);
create index reporting_engagement_educator_campus on reporting_engagement_educator (school_year, campus_id);

-- Every review decision with the school year its submission was begun in and the days it waited,
-- kept as raw rows so the medians stay exact.
create materialized view reporting_review_decision as
select reporting_school_year(s.created_at::date) school_year, d.submission_id, s.educator_id, d.reviewer_id,
       e.campus_id, e.position, e.pay_band, extract(epoch from d.decided_at - s.submitted_at) / 86400 days
from review_decision d join submission s on s.id = d.submission_id join educator e on e.id = s.educator_id
where s.status <> 'WITHDRAWN';
create unique index reporting_review_decision_key on reporting_review_decision (submission_id);
create index reporting_review_decision_year on reporting_review_decision (school_year, campus_id);

-- When the figures were last refreshed, and the row changes of their source tables counted then,
-- so a scheduled check refreshes only when something changed.
create table reporting_refresh (
    id             int primary key check (id = 1),
    refreshed_at   timestamptz not null,
    source_changes bigint      not null
);
insert into reporting_refresh (id, refreshed_at, source_changes) values (1, now(), -1);

-- Row changes of the tables the figures are computed from, as the statistics collector counts them.
create function reporting_source_changes() returns bigint language sql stable as $$
    select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint from pg_stat_user_tables
    where relname in ('stipend_line', 'cpe_credit', 'submission', 'review_decision', 'earned_credential',
                      'educator', 'campus') and schemaname = current_schema()
$$;

-- Refreshes every figure view; concurrently lets pages read the old figures meanwhile, without it
-- the refresh is faster (for a bulk load nobody is reading yet).
create function reporting_refresh_figures(concurrent boolean) returns timestamptz language plpgsql as $$
declare
    changes bigint := reporting_source_changes();
    view_name text;
begin
    foreach view_name in array array['reporting_stipend_figures', 'reporting_cpe_educator',
            'reporting_engagement_educator', 'reporting_review_decision'] loop
        execute format('refresh materialized view %s %I', case when concurrent then 'concurrently' else '' end,
                       view_name);
    end loop;
    update reporting_refresh set refreshed_at = now(), source_changes = changes where id = 1;
    return now();
end $$;

-- Incentive policy per school year. Versions are appended, never changed: a decision records the
-- version it was made under, so a change never rewrites history.

create function incentive_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never changed or deleted', tg_table_name;
end $$;

create table incentive_policy (
    id                        bigserial primary key,
    school_year               varchar(9)    not null check (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    version                   int           not null check (version >= 1),
    starts_on                 date          not null,
    stipend_amount            numeric(10,2) not null check (stipend_amount > 0),
    stipend_cap               int           not null check (stipend_cap between 0 and 100),
    eligible_positions        text[]        not null,
    eligible_pay_bands        int[]         not null,
    cpe_hours_default         numeric(6,2)  not null check (cpe_hours_default > 0),
    tia_points_per_credential numeric(5,2)  not null check (tia_points_per_credential >= 0),
    tia_max_share_percent     numeric(5,2)  not null check (tia_max_share_percent between 0 and 100),
    note                      varchar(500),
    created_by                varchar(320)  not null,
    created_at                timestamptz   not null default now(),
    unique (school_year, version),
    check (extract(year from starts_on) = cast(substr(school_year, 1, 4) as int))
);
create trigger incentive_policy_append_only before update or delete on incentive_policy
    for each row execute function incentive_refuse_change();

-- The stipend budget an admin enters for a school year, to compare with what is committed.
create table incentive_budget (
    school_year varchar(9)    primary key,
    amount      numeric(12,2) not null check (amount >= 0),
    updated_by  varchar(320)  not null,
    updated_at  timestamptz   not null default now()
);

-- CPE credits and the stipend ledger. Rows are appended; corrections are new rows (reversals).

create table cpe_credit (
    id                     bigserial primary key,
    earned_credential_id   bigint       not null,
    educator_id            bigint       not null,
    micro_credential_code  varchar(80)  not null,
    micro_credential_version int        not null,
    school_year            varchar(9)   not null,
    credited_on            date         not null,
    hours                  numeric(6,2) not null check (hours <> 0),
    kind                   varchar(10)  not null check (kind in ('CREDIT', 'REVERSAL')),
    reason                 varchar(500),
    created_at             timestamptz  not null default now(),
    unique (earned_credential_id, kind),
    check ((kind = 'CREDIT') = (hours > 0))
);
create index cpe_credit_educator on cpe_credit (educator_id, school_year);
create trigger cpe_credit_append_only before update or delete on cpe_credit
    for each row execute function incentive_refuse_change();

create table payroll_batch (
    id           bigserial primary key,
    created_by   varchar(320)  not null,
    created_at   timestamptz   not null default now(),
    line_count   int           not null check (line_count > 0),
    total_amount numeric(12,2) not null,
    sha256       char(64)      not null,
    csv          bytea         not null
);
create trigger payroll_batch_immutable before update or delete on payroll_batch
    for each row execute function incentive_refuse_change();

-- One row per educator and school year: the lock that serializes stipend decisions for that pair.
create table stipend_cap_lock (
    educator_id bigint     not null,
    school_year varchar(9) not null,
    primary key (educator_id, school_year)
);

create table stipend_line (
    id                    bigserial primary key,
    earned_credential_id  bigint        not null,
    educator_id           bigint        not null,
    school_year           varchar(9)    not null,
    micro_credential_code varchar(80)   not null,
    earned_on             date          not null,
    amount                numeric(10,2) not null,
    outcome               varchar(12)   not null check (outcome in ('AWARDED', 'OVER_CAP', 'NOT_ELIGIBLE', 'REVERSAL')),
    status                varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'EXPORTED', 'REVERSED', 'UNPAID')),
    -- The educator as decided: position and band made them eligible or not.
    position              varchar(60)   not null,
    pay_band              int           not null,
    campus_code           varchar(20)   not null,
    policy_id             bigint        not null references incentive_policy (id),
    -- An awarded line holds one of the cap's numbered places (1..cap) while it stands.
    cap_slot              int,
    cap                   int,
    reverses_line_id      bigint        references stipend_line (id),
    -- Deferred: an export claims its lines first and stores the batch, with their totals, after.
    batch_id              bigint        references payroll_batch (id) deferrable initially deferred,
    approved_by           varchar(320),
    approved_at           timestamptz,
    reversed_reason       varchar(500),
    created_at            timestamptz   not null default now(),
    row_version           bigint        not null default 0,
    check ((outcome = 'AWARDED') = (amount > 0)),
    check ((outcome = 'REVERSAL') = (amount < 0)),
    check (outcome not in ('OVER_CAP', 'NOT_ELIGIBLE') or status in ('UNPAID', 'REVERSED')),
    check (cap_slot is null or (outcome = 'AWARDED' and cap_slot between 1 and cap)),
    check ((status = 'EXPORTED') = (batch_id is not null)),
    check (status <> 'UNPAID' or outcome in ('OVER_CAP', 'NOT_ELIGIBLE')),
    check (status not in ('APPROVED', 'EXPORTED') or approved_at is not null)
);
-- One decision per earned micro-credential, and at most one reversal of it.
create unique index stipend_line_decision on stipend_line (earned_credential_id) where reverses_line_id is null;
create unique index stipend_line_reversal on stipend_line (reverses_line_id) where reverses_line_id is not null;
-- No two standing awards share a place under the cap: the cap holds even if the lock were bypassed.
create unique index stipend_line_cap_slot on stipend_line (educator_id, school_year, cap_slot) where cap_slot is not null;
create index stipend_line_status on stipend_line (status, school_year);
create index stipend_line_educator on stipend_line (educator_id, school_year);
create index stipend_line_batch on stipend_line (batch_id);

-- Lines are never deleted; once exported or reversed their money and state are final.
create function stipend_line_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'stipend lines are never deleted';
    end if;
    if old.status in ('EXPORTED', 'REVERSED') and (new.status <> old.status or new.amount <> old.amount
            or new.batch_id is distinct from old.batch_id) then
        raise exception 'stipend line % is % and final', old.id, old.status;
    end if;
    if new.amount <> old.amount or new.earned_credential_id <> old.earned_credential_id
            or new.educator_id <> old.educator_id then
        raise exception 'the amount and owner of stipend line % never change', old.id;
    end if;
    return new;
end $$;
create trigger stipend_line_guard before update or delete on stipend_line
    for each row execute function stipend_line_guard();

-- Review: who reviews which micro-credential, decisions with rubric scores and feedback, earned credentials.

create table review_policy (
    id                   int primary key check (id = 1),
    blind_review         boolean not null default false,
    target_days          int     not null default 14 check (target_days > 0),
    row_version          bigint  not null default 0
);
insert into review_policy (id) values (1);

create table review_assignment (
    reviewer_id           bigint      not null references educator (id),
    micro_credential_code varchar(80) not null references micro_credential (code),
    assigned_at           timestamptz not null default now(),
    assigned_by           varchar(320) not null,
    primary key (reviewer_id, micro_credential_code)
);
create index review_assignment_credential on review_assignment (micro_credential_code);

-- One decision per submission (attempt); the unique key is the last line of defence against two.
create table review_decision (
    id            bigserial primary key,
    submission_id bigint       not null unique references submission (id),
    reviewer_id   bigint       not null references educator (id),
    outcome       varchar(20)  not null check (outcome in ('EARNED', 'NEEDS_REVISION')),
    decided_at    timestamptz  not null default now()
);

create table review_score (
    decision_id        bigint not null references review_decision (id) on delete cascade,
    criterion_position int    not null,
    criterion_title    varchar(200) not null,
    score              int    not null check (score between 1 and 10),
    level_label        varchar(60) not null,
    primary key (decision_id, criterion_position)
);

create table review_feedback (
    decision_id   bigint not null references review_decision (id) on delete cascade,
    part_position int    not null,
    feedback      text   not null check (length(feedback) between 1 and 20000),
    primary key (decision_id, part_position)
);

create table earned_credential (
    id                       bigserial primary key,
    submission_id            bigint        not null unique references submission (id),
    educator_id              bigint        not null references educator (id),
    micro_credential_code    varchar(80)   not null,
    micro_credential_version int           not null,
    earned_on                date          not null,
    cpe_hours                numeric(5, 2) not null,
    revoked_on               date,
    revoked_by               varchar(320),
    revoke_reason            text,
    check ((revoked_on is null) = (revoke_reason is null))
);
create index earned_credential_educator on earned_credential (educator_id);

-- Email waiting to be sent: written in the same transaction as the change, sent and retried later.
create table notification_outbox (
    id            bigserial primary key,
    recipient     varchar(320) not null,
    subject       varchar(300) not null,
    body          text         not null,
    created_at    timestamptz  not null default now(),
    attempts      int          not null default 0,
    next_try_at   timestamptz  not null default now(),
    sent_at       timestamptz,
    last_error    varchar(500)
);
create index notification_outbox_due on notification_outbox (next_try_at) where sent_at is null;

create table notification (
    id          bigserial primary key,
    educator_id bigint       not null references educator (id),
    message     varchar(500) not null,
    link        varchar(300),
    created_at  timestamptz  not null default now(),
    read_at     timestamptz
);
create index notification_educator on notification (educator_id, created_at desc);

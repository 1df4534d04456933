-- Pathways: endorsements on dashboards, access requests with their due dates, district holidays,
-- and the module's own projections of earned and in-progress micro-credentials.

-- A micro-endorsement an educator has added to their dashboard; adding twice keeps one row.
create table pathways_enrollment (
    id               bigserial primary key,
    educator_id      bigint      not null references educator (id),
    endorsement_code varchar(80) not null,
    added_at         timestamptz not null default now(),
    unique (educator_id, endorsement_code)
);

-- An educator without the role asks for a role-gated endorsement; an admin decides by the due date.
create table access_request (
    id               bigserial primary key,
    educator_id      bigint        not null references educator (id),
    endorsement_code varchar(80)   not null,
    reason           varchar(1000) not null check (length(trim(reason)) > 0),
    status           varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_at     timestamptz   not null default now(),
    due_on           date          not null,
    decided_by       varchar(320),
    decided_at       timestamptz,
    decision_note    varchar(1000),
    role_granted     boolean       not null default false,
    row_version      bigint        not null default 0,
    check ((status = 'PENDING') = (decided_at is null))
);
-- One open request per educator and endorsement: a double submit cannot file two.
create unique index access_request_one_pending on access_request (educator_id, endorsement_code)
    where status = 'PENDING';
create index access_request_queue on access_request (requested_at) where status = 'PENDING';
create index access_request_educator on access_request (educator_id);

-- Days the district office is closed; weekends are never business days.
create table district_holiday (
    day  date primary key,
    name varchar(200) not null check (length(trim(name)) > 0)
);

-- Micro-credentials earned, as told by review's CredentialEarned events (key: review's id).
create table pathways_earned_credential (
    earned_credential_id  bigint primary key,
    educator_id           bigint      not null,
    micro_credential_code varchar(80) not null,
    earned_on             date        not null,
    revoked_on            date
);
create index pathways_earned_credential_educator on pathways_earned_credential (educator_id);

-- Micro-credentials with a submission in review or returned for revision, from portfolio and review events.
create table pathways_in_progress (
    educator_id           bigint      not null,
    micro_credential_code varchar(80) not null,
    submission_id         bigint      not null,
    attempt               int         not null,
    state                 varchar(10) not null check (state in ('SUBMITTED', 'RETURNED')),
    updated_at            timestamptz not null,
    primary key (educator_id, micro_credential_code)
);

-- Endorsements completed; the row makes EndorsementCompleted go out once per educator and endorsement.
create table pathways_completion (
    educator_id      bigint      not null,
    endorsement_code varchar(80) not null,
    completed_on     date        not null,
    primary key (educator_id, endorsement_code)
);

-- Career aspirations from the coaching conversation, and the roles the educator aims for.
create table aspiration (
    educator_id              bigint primary key references educator (id),
    years_of_experience      int         not null check (years_of_experience between 0 and 60),
    confidence               int         not null check (confidence between 1 and 4),
    stay_and_lead_teachers   boolean     not null,
    curriculum_and_assessment boolean    not null,
    enter_administration     boolean     not null,
    notes                    varchar(2000),
    updated_at               timestamptz not null default now()
);

create table aspiration_target_role (
    educator_id bigint      not null references aspiration (educator_id) on delete cascade,
    role_code   varchar(80) not null,
    primary key (educator_id, role_code)
);

-- Calibration: anchor submissions with master levels set by an admin, and reviewers' blind scores of them.
-- Anchors point at real submissions but never change them: nothing here is read by decisions or money.

create table review_calibration_anchor (
    id                       bigserial primary key,
    submission_id            bigint       not null unique references submission (id),
    -- whose work it is, kept so that they never get their own submission as a calibration task
    educator_id              bigint       not null references educator (id),
    micro_credential_code    varchar(80)  not null references micro_credential (code),
    micro_credential_version int          not null,
    rationale                text         check (length(rationale) <= 5000),
    created_at               timestamptz  not null default now(),
    created_by               varchar(320) not null
);
create index review_calibration_anchor_credential on review_calibration_anchor (micro_credential_code);

-- The master level of each rubric criterion of the version the submission was made on.
create table review_calibration_master (
    anchor_id          bigint       not null references review_calibration_anchor (id) on delete cascade,
    criterion_position int          not null,
    criterion_title    varchar(200) not null,
    score              int          not null check (score between 1 and 10),
    primary key (anchor_id, criterion_position)
);

-- One blind scoring of an anchor by a reviewer; the first one counts, so it is unique.
create table review_calibration_scoring (
    id          bigserial primary key,
    anchor_id   bigint      not null references review_calibration_anchor (id) on delete cascade,
    reviewer_id bigint      not null references educator (id),
    scored_at   timestamptz not null default now(),
    unique (anchor_id, reviewer_id)
);
create index review_calibration_scoring_reviewer on review_calibration_scoring (reviewer_id);

create table review_calibration_score (
    scoring_id         bigint not null references review_calibration_scoring (id) on delete cascade,
    criterion_position int    not null,
    score              int    not null check (score between 1 and 10),
    primary key (scoring_id, criterion_position)
);

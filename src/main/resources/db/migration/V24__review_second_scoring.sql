-- Second scoring: a share of submissions is scored twice, independently; an admin settles a disagreement.
-- review_decision keeps one row per submission, the decision that counts, written once the outcome is final.

create table review_second_scoring (
    submission_id   bigint       primary key references submission (id),
    status          varchar(20)  not null check (status in ('REQUESTED', 'WAITING', 'AGREED', 'DISAGREED', 'SETTLED')),
    -- null when the sample chose the submission, else the admin who asked for a second scoring
    requested_by    varchar(320),
    created_at      timestamptz  not null default now(),
    settled_outcome varchar(20)  check (settled_outcome in ('EARNED', 'NEEDS_REVISION')),
    settled_by      varchar(320),
    settle_note     varchar(2000),
    settled_at      timestamptz,
    row_version     bigint       not null default 0,
    check ((status = 'SETTLED') = (settled_outcome is not null and settled_by is not null
                                   and settle_note is not null and settled_at is not null))
);
create index review_second_scoring_open on review_second_scoring (status) where status in ('WAITING', 'DISAGREED');

-- The two independent scorings of a submission: never two in a round, never one reviewer twice.
create table review_scoring (
    id            bigserial   primary key,
    submission_id bigint      not null references review_second_scoring (submission_id),
    round         int         not null check (round in (1, 2)),
    reviewer_id   bigint      not null references educator (id),
    outcome       varchar(20) not null check (outcome in ('EARNED', 'NEEDS_REVISION')),
    scored_at     timestamptz not null default now(),
    unique (submission_id, round),
    unique (submission_id, reviewer_id)
);

create table review_scoring_score (
    scoring_id         bigint not null references review_scoring (id) on delete cascade,
    criterion_position int    not null,
    score              int    not null check (score between 1 and 10),
    primary key (scoring_id, criterion_position)
);

create table review_scoring_feedback (
    scoring_id    bigint not null references review_scoring (id) on delete cascade,
    part_position int    not null,
    feedback      text   not null check (length(feedback) between 1 and 20000),
    primary key (scoring_id, part_position)
);

-- An admin moved one waiting submission to a named reviewer: only that reviewer (and admins) may review it now.
create table review_submission_reviewer (
    submission_id bigint       primary key references submission (id),
    reviewer_id   bigint       not null references educator (id),
    assigned_by   varchar(320) not null,
    assigned_at   timestamptz  not null default now()
);
create index review_submission_reviewer_reviewer on review_submission_reviewer (reviewer_id);

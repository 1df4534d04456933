-- Who did what, when: every change to money, credentials, people and the catalog leaves a row here.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(320) not null,
    action       varchar(80)  not null,
    subject_type varchar(80)  not null,
    subject_id   varchar(200) not null,
    details      text
);
create index audit_event_subject on audit_event (subject_type, subject_id);
create index audit_event_occurred_at on audit_event (occurred_at);

-- The catalog: micro-credentials (content versioned), micro-endorsements with their rules, career roles.

-- Bumped on every catalog change so each app node knows when its cached copy is stale.
create table catalog_revision (
    id         int primary key check (id = 1),
    revision   bigint      not null,
    changed_at timestamptz not null
);
insert into catalog_revision (id, revision, changed_at) values (1, 0, now());

-- One row per distinct catalog file imported: importing the same file again changes nothing.
create table catalog_import (
    id                bigserial primary key,
    fingerprint       varchar(64)  not null unique,
    imported_at       timestamptz  not null default now(),
    imported_by       varchar(320) not null,
    micro_credentials int          not null,
    endorsements      int          not null,
    roles             int          not null
);

create table micro_credential (
    id              bigserial primary key,
    code            varchar(80)  not null unique check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    title           varchar(200) not null,
    status          varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    current_version int          not null default 1 check (current_version > 0),
    note            text,
    row_version     bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);

-- Submissions pin the version they started on, so content never shifts under them.
create table micro_credential_version (
    id                  bigserial primary key,
    micro_credential_id bigint       not null references micro_credential (id),
    number              int          not null check (number > 0),
    competency          text         not null,
    key_method          text         not null,
    cpe_hours           numeric(5, 2) not null check (cpe_hours > 0),
    passing_score       int          not null check (passing_score > 0),
    sample_content      boolean      not null default false,
    published_at        timestamptz,
    published_by        varchar(320),
    unique (micro_credential_id, number)
);

create table evidence_part (
    id            bigserial primary key,
    version_id    bigint       not null references micro_credential_version (id) on delete cascade,
    position      int          not null,
    title         varchar(200) not null,
    instructions  text         not null,
    accepts_text  boolean      not null,
    accepts_files boolean      not null,
    accepts_links boolean      not null,
    check (accepts_text or accepts_files or accepts_links),
    unique (version_id, position)
);

create table rubric_criterion (
    id         bigserial primary key,
    version_id bigint       not null references micro_credential_version (id) on delete cascade,
    position   int          not null,
    title      varchar(200) not null,
    unique (version_id, position)
);

create table rubric_level (
    id           bigserial primary key,
    criterion_id bigint      not null references rubric_criterion (id) on delete cascade,
    score        int         not null check (score between 1 and 10),
    label        varchar(60) not null,
    descriptor   text        not null,
    unique (criterion_id, score)
);

create table resource_link (
    id         bigserial primary key,
    version_id bigint        not null references micro_credential_version (id) on delete cascade,
    position   int           not null,
    title      varchar(300)  not null,
    url        varchar(2000),
    unique (version_id, position)
);

create table endorsement_group (
    id       bigserial primary key,
    code     varchar(80)  not null unique,
    title    varchar(200) not null,
    position int          not null
);

create table endorsement (
    id              bigserial primary key,
    code            varchar(80)  not null unique check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    title           varchar(200) not null,
    group_id        bigint       not null references endorsement_group (id),
    position        int          not null,
    access          varchar(20)  not null check (access in ('ALL_ACCESS', 'ROLE_GATED')),
    status          varchar(20)  not null check (status in ('OPEN', 'COMING_SOON', 'RETIRED')),
    choose_count    int          not null default 0 check (choose_count >= 0),
    prerequisite_id bigint references endorsement (id),
    note            text,
    row_version     bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check (prerequisite_id is null or prerequisite_id <> id)
);

-- One row per micro-credential in a rule; the primary key keeps a credential out of both lists.
create table endorsement_requirement (
    endorsement_id      bigint      not null references endorsement (id) on delete cascade,
    micro_credential_id bigint      not null references micro_credential (id),
    kind                varchar(10) not null check (kind in ('REQUIRED', 'CHOOSE')),
    position            int         not null,
    primary key (endorsement_id, micro_credential_id)
);
create index endorsement_requirement_credential on endorsement_requirement (micro_credential_id);

create table career_role (
    id             bigserial primary key,
    code           varchar(80)  not null unique check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    title          varchar(200) not null,
    tier           int          not null check (tier between 1 and 4),
    map_order      int          not null,
    purpose        text         not null,
    endorsement_id bigint references endorsement (id),
    sample_content boolean      not null default false,
    row_version    bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index career_role_endorsement on career_role (endorsement_id);

create table role_responsibility (
    role_id  bigint not null references career_role (id) on delete cascade,
    position int    not null,
    text     text   not null,
    primary key (role_id, position)
);

create table career_map_edge (
    from_role_id bigint not null references career_role (id) on delete cascade,
    to_role_id   bigint not null references career_role (id) on delete cascade,
    primary key (from_role_id, to_role_id),
    check (from_role_id <> to_role_id)
);

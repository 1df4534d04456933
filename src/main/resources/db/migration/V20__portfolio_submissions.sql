-- Portfolios: one submission row per attempt, its evidence per evidence part, files in the database.

create table submission (
    id                          bigserial primary key,
    educator_id                 bigint      not null references educator (id),
    micro_credential_code       varchar(80) not null references micro_credential (code),
    micro_credential_version_id bigint      not null references micro_credential_version (id),
    micro_credential_version    int         not null,
    attempt                     int         not null check (attempt between 1 and 3),
    status                      varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'EARNED',
                                    'NEEDS_REVISION', 'WITHDRAWN', 'REVOKED')),
    created_at                  timestamptz not null default now(),
    updated_at                  timestamptz not null default now(),
    submitted_at                timestamptz,
    decided_at                  timestamptz,
    row_version                 bigint      not null default 0
);
-- A withdrawn attempt gives its number back; every other attempt number is used once.
create unique index submission_attempt on submission (educator_id, micro_credential_code, attempt)
    where status <> 'WITHDRAWN';
-- At most one attempt in progress per educator and micro-credential.
create unique index submission_open on submission (educator_id, micro_credential_code)
    where status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW');
create index submission_waiting on submission (status, submitted_at);
create index submission_credential on submission (micro_credential_code, status);

-- The written response to one evidence part (plain text or Markdown).
create table evidence_response (
    id            bigserial primary key,
    submission_id bigint not null references submission (id) on delete cascade,
    part_position int    not null,
    body          text   not null check (length(body) <= 100000),
    updated_at    timestamptz not null default now(),
    unique (submission_id, part_position)
);

create table evidence_link (
    id            bigserial primary key,
    submission_id bigint        not null references submission (id) on delete cascade,
    part_position int           not null,
    url           varchar(2000) not null check (url ~ '^https?://'),
    title         varchar(200)  not null,
    added_at      timestamptz   not null default now()
);
create index evidence_link_submission on evidence_link (submission_id);

-- File content, stored in 1 MB chunks so it is written and read as a stream. Other stores
-- (filesystem, S3) can take its place behind EvidenceStorage.
create table evidence_content (
    id         bigserial primary key,
    size_bytes bigint      not null check (size_bytes >= 0),
    sha256     char(64)    not null,
    created_at timestamptz not null default now()
);

create table evidence_content_chunk (
    content_id bigint not null references evidence_content (id) on delete cascade,
    seq        int    not null,
    data       bytea  not null,
    primary key (content_id, seq)
);

create table evidence_file (
    id            bigserial primary key,
    submission_id bigint       not null references submission (id) on delete cascade,
    part_position int          not null,
    file_name     varchar(200) not null,
    content_type  varchar(120) not null,
    size_bytes    bigint       not null check (size_bytes >= 0),
    sha256        char(64)     not null,
    content_id    bigint       not null references evidence_content (id),
    uploaded_at   timestamptz  not null default now()
);
create index evidence_file_submission on evidence_file (submission_id);
create index evidence_file_sha256 on evidence_file (sha256);

-- MinHash signature of a submitted written response; band hashes find candidates through the GIN index.
create table evidence_text_signature (
    response_id           bigint primary key references evidence_response (id) on delete cascade,
    submission_id         bigint      not null references submission (id) on delete cascade,
    micro_credential_code varchar(80) not null,
    shingle_count         int         not null,
    signature             int[]       not null,
    bands                 bigint[]    not null
);
create index evidence_text_signature_bands on evidence_text_signature using gin (bands);

-- Near matches found on submit, shown to the reviewer side by side (never who wrote the other one).
create table duplicate_flag (
    id                    bigserial primary key,
    submission_id         bigint       not null references submission (id) on delete cascade,
    part_position         int          not null,
    kind                  varchar(10)  not null check (kind in ('TEXT', 'FILE')),
    matched_submission_id bigint       not null references submission (id),
    matched_part_position int          not null,
    similarity            numeric(4, 3) not null,
    created_at            timestamptz  not null default now()
);
create index duplicate_flag_submission on duplicate_flag (submission_id);

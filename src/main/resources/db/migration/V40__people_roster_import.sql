-- Roster imports: the uploaded file is kept so a validation or apply survives a restart,
-- and so an admin can see later what each import changed.
create table roster_import (
    id             bigserial primary key,
    file_name      varchar(255) not null,
    format         varchar(20)  not null check (format in ('HR_CSV', 'ONEROSTER')),
    content        bytea        not null,
    sha256         varchar(64)  not null,
    uploaded_by    varchar(320) not null,
    uploaded_at    timestamptz  not null default now(),
    status         varchar(20)  not null check (status in ('VALIDATING', 'INVALID', 'READY', 'APPLYING', 'APPLIED', 'FAILED')),
    total_rows     int          not null default 0,
    processed_rows int          not null default 0,
    to_create      int          not null default 0,
    to_update      int          not null default 0,
    to_deactivate  int          not null default 0,
    unchanged      int          not null default 0,
    error_count    int          not null default 0,
    failure        text,
    applied_by     varchar(320),
    applied_at     timestamptz,
    updated_at     timestamptz  not null default now()
);
create index roster_import_status on roster_import (status);

-- The first errors of a file (a broken file can have thousands; the count is on roster_import).
create table roster_import_error (
    import_id   bigint       not null references roster_import (id) on delete cascade,
    position    int          not null,
    file_part   varchar(40),
    row_number  int          not null,
    column_name varchar(80),
    message     varchar(500) not null,
    primary key (import_id, position)
);

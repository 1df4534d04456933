-- One-time links to set a password (invitation) or choose a new one (reset). Only a hash of the
-- token is stored; a token is used at most once and expires.
create table account_token (
    id          bigserial primary key,
    educator_id bigint      not null references account (educator_id),
    purpose     varchar(20) not null check (purpose in ('INVITATION', 'RESET')),
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    check (expires_at > created_at)
);
create index account_token_educator on account_token (educator_id, purpose);

-- Failed sign-ins per account (email) and per address, within a sliding window.
create table sign_in_failure (
    kind        varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key         varchar(320) not null,
    failures    int          not null,
    window_from timestamptz  not null,
    locked_until timestamptz,
    primary key (kind, key)
);

alter table account add column invited_at timestamptz;

-- People: campuses, educators (the roster), sign-in accounts with app roles, career roles held.

create table campus (
    id         bigserial primary key,
    code       varchar(20)  not null unique,
    name       varchar(200) not null,
    city       varchar(100),
    kind       varchar(10)  not null default 'SCHOOL' check (kind in ('SCHOOL', 'OFFICE')),
    active     boolean      not null default true,
    created_at timestamptz  not null default now()
);

create table educator (
    id          bigserial primary key,
    employee_id varchar(40)  not null unique,
    first_name  varchar(100) not null,
    last_name   varchar(100) not null,
    email       varchar(320) not null,
    campus_id   bigint       not null references campus (id),
    position    varchar(60)  not null,
    pay_band    int          not null check (pay_band between 1 and 20),
    hire_date   date         not null,
    active      boolean      not null default true,
    row_version bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create unique index educator_email_key on educator (lower(email));
create index educator_campus on educator (campus_id);

-- An educator who may sign in. No password yet means invited, not activated.
create table account (
    educator_id       bigint primary key references educator (id),
    password_hash     varchar(200),
    created_at        timestamptz not null default now(),
    last_signed_in_at timestamptz,
    row_version       bigint      not null default 0
);

create table account_role (
    educator_id bigint      not null references account (educator_id) on delete cascade,
    role        varchar(20) not null check (role in ('EDUCATOR', 'REVIEWER', 'CAMPUS_LEADER', 'ADMIN')),
    primary key (educator_id, role)
);

-- Career roles held, with dates: history is kept, a role is ended rather than deleted.
create table held_role (
    id          bigserial primary key,
    educator_id bigint not null references educator (id),
    role_id     bigint not null references career_role (id),
    since       date   not null,
    until       date,
    check (until is null or until >= since)
);
create unique index held_role_current on held_role (educator_id, role_id) where until is null;
create index held_role_role on held_role (role_id);

-- Staff administration: accounts, what editors may edit, office revisions, verification,
-- residents' problem reports and the audit log.

create table staff_account (
    id            bigint generated always as identity primary key,
    username      varchar(60)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,59}$'),
    display_name  varchar(100) not null,
    -- Spring Security's delegating format: {bcrypt}$2a$...
    password_hash varchar(200) not null check (password_hash ~ '^\{[a-z0-9]+\}'),
    role          varchar(10)  not null check (role in ('ADMIN', 'EDITOR')),
    enabled       boolean      not null default true,
    version       bigint       not null default 0,
    created_at    timestamp with time zone not null default now()
);

-- The offices an EDITOR may edit (an ADMIN may edit every office).
create table staff_account_office (
    account_id bigint not null references staff_account (id) on delete cascade,
    office_id  bigint not null references office (id) on delete cascade,
    primary key (account_id, office_id)
);

-- What staff add to an office: languages spoken (ISO 639-1 codes), access to the premises,
-- the last verification and archiving (an archived office is never published).
alter table office
    add column languages text[] not null default '{}',
    add column accessibility varchar(20) not null default 'UNKNOWN'
        check (accessibility in ('UNKNOWN', 'STEP_FREE', 'PARTLY_STEP_FREE', 'NOT_STEP_FREE')),
    add column accessibility_note_fr varchar(500),
    add column accessibility_note_nl varchar(500),
    add column accessibility_note_en varchar(500),
    add column checked_at timestamp with time zone,
    add column checked_by varchar(100),
    add column archived boolean not null default false,
    add constraint office_archived_not_published check (not (archived and published)),
    add constraint office_email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

-- Every change to an office: the whole office as staff edit it (JSON), so that any
-- revision can be compared with the one before and restored.
create table office_revision (
    id          bigint generated always as identity primary key,
    office_id   bigint       not null references office (id) on delete cascade,
    number      integer      not null check (number > 0),
    kind        varchar(20)  not null
                check (kind in ('CREATED', 'BASELINE', 'EDITED', 'RESTORED', 'ARCHIVED', 'UNARCHIVED')),
    restored_from integer,
    office_version bigint      not null,
    author      varchar(100) not null,
    created_at  timestamp with time zone not null default now(),
    content     jsonb        not null,
    unique (office_id, number)
);

create table problem_report (
    id         bigint generated always as identity primary key,
    office_id  bigint        not null references office (id) on delete cascade,
    topic      varchar(20)   not null check (topic in ('WRONG_PHONE', 'WRONG_ADDRESS', 'CLOSED_OR_MOVED', 'OTHER')),
    message    varchar(2000) not null,
    email      varchar(254),
    language   varchar(2)    not null,
    status     varchar(12)   not null default 'NEW' check (status in ('NEW', 'IN_PROGRESS', 'DONE')),
    version    bigint        not null default 0,
    created_at timestamp with time zone not null default now(),
    updated_at timestamp with time zone not null default now()
);

create index problem_report_status_idx on problem_report (status, created_at desc);

create table audit_event (
    id         bigint generated always as identity primary key,
    created_at timestamp with time zone not null default now(),
    actor      varchar(100) not null,
    action     varchar(40)  not null,
    target     varchar(200),
    address    varchar(45)
);

create index audit_event_created_at_idx on audit_event (created_at desc);

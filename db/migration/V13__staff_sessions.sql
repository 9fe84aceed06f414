-- Staff sessions in the database (Spring Session JDBC), so that a session works on every
-- instance of the application and survives a restart. The tables are Spring Session's own
-- for PostgreSQL (spring-session-jdbc 4.1.0, schema-postgresql.sql).
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- The signed-in sessions that ended lately (signed out, timed out, ended by a change of
-- their account), by id: a staff form sent from one of them is kept for its author to find
-- once signed in again. Whichever instance ends a session, or deletes it once expired, the
-- row is written here.
create table ended_staff_session (
    session_id char(36) primary key,
    ended_at timestamptz not null default now()
);

create index ended_staff_session_ended_at on ended_staff_session (ended_at);

create function record_ended_staff_session() returns trigger language plpgsql as $$
begin
    insert into ended_staff_session (session_id) values (old.session_id)
        on conflict (session_id) do update set ended_at = excluded.ended_at;
    return old;
end;
$$;

create trigger spring_session_ended after delete on spring_session
    for each row when (old.principal_name is not null)
    execute function record_ended_staff_session();

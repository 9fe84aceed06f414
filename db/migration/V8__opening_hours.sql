-- Opening hours: weekly sessions, exceptions to them (closures, other hours, or opening on a
-- public holiday) and dated notices. None is loaded: the source page gives no hours, and staff
-- enter them.

create table office_session (
    office_id   bigint      not null references office (id) on delete cascade,
    position    integer     not null check (position >= 0),
    day_of_week smallint    not null check (day_of_week between 1 and 7), -- ISO: 1 is Monday
    opens       time        not null,
    closes      time        not null check (closes > opens),
    mode        varchar(12) not null check (mode in ('WALK_IN', 'APPOINTMENT')),
    primary key (office_id, position)
);

create table office_exception (
    office_id  bigint      not null references office (id) on delete cascade,
    position   integer     not null check (position >= 0),
    first_day  date        not null,
    last_day   date        not null check (last_day >= first_day),
    -- CLOSED: closed those days; HOURS: open only from opens to closes; OPEN: the usual hours
    -- even on a public holiday.
    kind       varchar(10) not null check (kind in ('CLOSED', 'HOURS', 'OPEN')),
    opens      time,
    closes     time,
    reason_fr  varchar(200),
    reason_nl  varchar(200),
    reason_en  varchar(200),
    primary key (office_id, position),
    check ((kind = 'HOURS') = (opens is not null and closes is not null)),
    check (closes is null or closes > opens)
);

create table office_notice (
    office_id     bigint       not null references office (id) on delete cascade,
    position      integer      not null check (position >= 0),
    visible_from  date         not null,
    visible_until date         not null check (visible_until >= visible_from),
    text_fr       varchar(500) not null,
    text_nl       varchar(500) not null,
    text_en       varchar(500),
    primary key (office_id, position)
);

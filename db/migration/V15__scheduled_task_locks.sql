-- Scheduled work (the clearing of ended sessions and throttle buckets) runs on one instance
-- of the application at a time: ShedLock's table of locks.
create table shedlock (
    name varchar(64) primary key,
    lock_until timestamptz not null,
    locked_at timestamptz not null,
    locked_by varchar(255) not null
);

-- The sign-in throttle and the problem reports' limit, shared by every instance of the
-- application: one Bucket4j token bucket per key (an account, a client address), as
-- Bucket4j's PostgreSQL support reads and writes it. expires_at (milliseconds since the
-- epoch) is when the bucket is full again and the row may go.
create table throttle_bucket (
    id text primary key,
    state bytea,
    expires_at bigint
);

create index throttle_bucket_expires_at on throttle_bucket (expires_at);

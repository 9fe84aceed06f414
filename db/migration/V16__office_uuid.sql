-- Each office's identifier in the open data (Open Referral HSDS ids are UUIDs): given once
-- (to each office already there, and to any written by SQL), kept across every edit, and
-- never that of another office.
alter table office add column uuid uuid not null default gen_random_uuid();
alter table office add constraint office_uuid_unique unique (uuid);

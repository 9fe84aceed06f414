-- Each office's identifier in the open data (Open Referral HSDS ids are UUIDs): given once,
-- kept across every edit, and never that of another office.
alter table office add column uuid uuid;
update office set uuid = gen_random_uuid();
alter table office alter column uuid set not null;
alter table office add constraint office_uuid_unique unique (uuid);

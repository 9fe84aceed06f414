-- The six district offices and their phone numbers.
-- Texts that residents read exist per language: *_fr, *_nl, *_en.

create table office (
    id                   bigint generated always as identity primary key,
    slug                 varchar(60)  not null unique
                         check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    district_fr          varchar(100) not null,
    district_nl          varchar(100) not null,
    district_en          varchar(100),
    name_fr              varchar(200) not null,
    name_nl              varchar(200) not null,
    name_en              varchar(200),
    description_fr       varchar(2000),
    description_nl       varchar(2000),
    description_en       varchar(2000),
    address_street_fr    varchar(200) not null,
    address_street_nl    varchar(200) not null,
    address_number       varchar(20)  not null,
    address_postal_code  varchar(4)   not null check (address_postal_code ~ '^1[0-2][0-9]0$'),
    address_locality_fr  varchar(100) not null,
    address_locality_nl  varchar(100) not null,
    location_latitude    double precision not null check (location_latitude between -90 and 90),
    location_longitude   double precision not null check (location_longitude between -180 and 180),
    location_approximate boolean not null default true,
    email                varchar(254),
    website              varchar(500) check (website ~ '^https://'),
    published            boolean not null default false,
    version              bigint  not null default 0,
    created_at           timestamp with time zone not null default now(),
    updated_at           timestamp with time zone not null default now()
);

comment on column office.location_approximate is
    'true while the point is the street''s, not the entrance''s; staff clear it once checked on a map';

-- Phone numbers are rows of their own: an office has several and two offices may share one.
create table office_phone (
    office_id bigint      not null references office (id) on delete cascade,
    position  integer     not null check (position >= 0),
    number    varchar(16) not null check (number ~ '^\+[1-9][0-9]{6,14}$'),
    kind      varchar(10) not null check (kind in ('LANDLINE', 'MOBILE')),
    primary key (office_id, position)
);

create index office_phone_number_idx on office_phone (number);

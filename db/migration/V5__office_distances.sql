-- Distances on the Earth's surface (earthdistance, with cube) for "nearest office": offices and
-- street points indexed for nearest-neighbour search with the <-> operator.

create extension if not exists cube;
create extension if not exists earthdistance;

create index office_location_idx on office using gist (ll_to_earth(location_latitude, location_longitude));
create index city_street_location_idx on city_street using gist (ll_to_earth(latitude, longitude))
    where latitude is not null;
create index city_street_postal_codes_idx on city_street using gin (postal_codes);

-- Backups restore with their indexes: earthdistance's ll_to_earth() is a SQL function whose
-- body names cube() and earth() without their schema, so pg_restore (which empties the
-- search path) could not rebuild the two indexes on it ("function earth() does not
-- exist") and restored the database without them. earth_point() computes the same point,
-- with a body parsed once, here, and every name qualified: the indexes are on it now, and
-- the queries that use them ask for it.
create function public.earth_point(latitude double precision, longitude double precision) returns public.earth
    language sql immutable strict parallel safe
    return public.cube(public.cube(public.cube(public.earth() * cos(radians(latitude)) * cos(radians(longitude))),
                                   public.earth() * cos(radians(latitude)) * sin(radians(longitude))),
                       public.earth() * sin(radians(latitude)))::public.earth;

drop index office_location_idx;
create index office_location_idx on office using gist (earth_point(location_latitude, location_longitude));
drop index city_street_location_idx;
create index city_street_location_idx on city_street using gist (earth_point(latitude, longitude))
    where latitude is not null;

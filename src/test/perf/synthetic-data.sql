-- Synthetic load for the benchmark: 10,000 published offices (with phones and needs) and
-- 50,000 City streets, spread over the City's bounding box. Names are built from syllables so
-- that trigram indexes see realistic variety. Run on a scratch database only.

create temporary table syllable (n int, s text);
insert into syllable
select row_number() over (), s from unnest(array['mar','ol','lette','bru','xel','vos','sen','ren','ard','hee',
    'beek','lak','noord','zen','ne','tre','ville','berg','dal','hof','ro','yal','pa','lais','vau','tour','cha',
    'pel','mont','ste','la','ken','hel','port','ver','sail','les','fi','neau','an','vers']) as s;

create function pg_temp.word(seed bigint) returns text language sql as $$
    select initcap(a.s || b.s || c.s)
    from pg_temp.syllable a, pg_temp.syllable b, pg_temp.syllable c
    where a.n = 1 + (seed % 41) and b.n = 1 + ((seed / 41) % 41) and c.n = 1 + ((seed / 1681) % 41)
$$;

insert into office (slug, district_fr, district_nl, district_en, name_fr, name_nl, name_en,
                    address_street_fr, address_street_nl, address_number, address_postal_code,
                    address_locality_fr, address_locality_nl, location_latitude, location_longitude,
                    location_approximate, published)
select 'bench-' || i, d, d, d, 'Médiation sociale ' || d, 'Sociale bemiddeling ' || d, 'Social mediation ' || d,
       'Rue ' || s, s || 'straat', (1 + i % 200)::text, (array['1000', '1020', '1120', '1130'])[1 + i % 4],
       'Bruxelles', 'Brussel', 50.80 + random() * 0.11, 4.31 + random() * 0.10, true, true
from generate_series(1, 10000) as i,
     lateral (select pg_temp.word(i::bigint * 7919) as d, pg_temp.word(i::bigint * 104729 + 13) as s) as names;

insert into office_phone (office_id, position, number, kind)
select id, 0, '+3225' || lpad(id::text, 6, '0'), 'LANDLINE' from office where slug like 'bench-%';

insert into office_need (office_id, need_code)
select o.id, n.code from office o cross join need n where o.slug like 'bench-%';

insert into city_street (id, name_fr, name_nl, postal_codes, latitude, longitude, neighbourhood_code)
select 1000000 + i, (array['Rue ', 'Avenue ', 'Place ', 'Chaussée '])[1 + i % 4] || w,
       w || (array['straat', 'laan', 'plein', 'steenweg'])[1 + i % 4],
       array[(array['1000', '1020', '1120', '1130'])[1 + (i / 4) % 4]]::varchar(4)[],
       50.80 + random() * 0.11, 4.31 + random() * 0.10,
       (select code from neighbourhood order by code offset i % 30 limit 1)
from generate_series(1, 50000) as i, lateral (select pg_temp.word(i::bigint * 15485863 + 7) as w) as names;


-- The words of the street names, counted again with the synthetic streets, and the trigram
-- indexes' pending lists emptied, as the migrations do for the real ones.
refresh materialized view street_word;
select gin_clean_pending_list('city_street_names_trgm'::regclass);
select gin_clean_pending_list('need_search_text_trgm'::regclass);
analyze;

-- The words of the street names (City and Region, folded), each with the number of streets
-- it is in. "Which office is mine" looks streets up by the words of a query that few streets
-- share: words most streets have ("rue", "de", "avenue", and "straat" inside "Hoogstraat")
-- say nothing alone, and matching them would compare the query with every street.

-- Each street's words, indexed: a street is found through the words of its name that
-- resemble a telling word of the query, so that no more streets are compared with the query
-- than the words' counts say.
alter table city_street
    add column words text[] generated always as (regexp_split_to_array(folded(name_fr || ' ' || name_nl), '[^a-z0-9]+')) stored;
alter table region_street
    add column words text[] generated always as (regexp_split_to_array(folded(name_fr || ' ' || name_nl), '[^a-z0-9]+')) stored;
create index city_street_words on city_street using gin (words);
create index region_street_words on region_street using gin (words);

-- A materialized view: `refresh materialized view street_word` counts them again, should
-- streets be added.
create materialized view street_word (word, streets) as
select word, count(*)::integer
from (
    select distinct street.key, word
    from (
        select 'city:' || id as key, words from city_street
        union all
        select 'region:' || ctid, words from region_street
    ) as street
    cross join unnest(street.words) as word
    where word <> ''
) as words
group by word;

create unique index street_word_word on street_word (word);
create index street_word_trgm on street_word using gin (word gin_trgm_ops);

-- The street names were loaded (V3) after their trigram indexes were made, so the entries
-- wait in the indexes' pending lists until autovacuum comes by; until then the planner finds
-- the indexes dear and reads every street. Move them in now, and gather statistics.
select gin_clean_pending_list('city_street_names_trgm'::regclass);
select gin_clean_pending_list('region_street_names_trgm'::regclass);
analyze city_street;
analyze region_street;
analyze street_word;

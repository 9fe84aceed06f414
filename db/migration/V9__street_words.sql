-- The words of the street names (City and Region, folded), each with the number of streets
-- it is in. "Which office is mine" looks streets up by the words of a query that few streets
-- share: words most streets have ("rue", "de", "avenue", and "straat" inside "Hoogstraat")
-- say nothing alone, and matching them would compare the query with every street.

create table street_word (
    word    text    primary key,
    streets integer not null
);

insert into street_word (word, streets)
select word, count(*)
from (
    select distinct street.key, word.word
    from (
        select 'city:' || id as key, folded(name_fr || ' ' || name_nl) as names from city_street
        union all
        select 'region:' || ctid, folded(name_fr || ' ' || name_nl) from region_street
    ) as street
    cross join regexp_split_to_table(street.names, '[^a-z0-9]+') as word (word)
    where word.word <> ''
) as words
group by word;

create index street_word_trgm on street_word using gin (word gin_trgm_ops);

-- The street names were loaded (V3) after their trigram indexes were made, so the entries
-- wait in the indexes' pending lists until autovacuum comes by; until then the planner finds
-- the indexes dear and reads every street. Move them in now, and gather statistics.
select gin_clean_pending_list('city_street_names_trgm'::regclass);
select gin_clean_pending_list('region_street_names_trgm'::regclass);
analyze city_street;
analyze region_street;
analyze street_word;

-- Search over offices: one accent- and case-folded text per office (names and districts in the
-- three languages, street names), indexed for trigram matching, and the needs the mediators
-- help with, so that "logement", "huisvesting" or "housing" find every office that helps with it.

alter table office add column search_text text generated always as (folded(
    name_fr || ' ' || name_nl || ' ' || coalesce(name_en, '') || ' ' ||
    district_fr || ' ' || district_nl || ' ' || coalesce(district_en, '') || ' ' ||
    address_street_fr || ' ' || address_street_nl)) stored;

-- GiST, for nearest-first trigram search (<<->): the best few matches without scoring them all.
create index office_search_text_trgm on office using gist (search_text gist_trgm_ops);
create index office_postal_code_idx on office (address_postal_code);

-- What residents come with (from the City's page: training, activities, job search, housing) and
-- the themes mediators refer them onward for (employment, housing, law, health).
create table need (
    code        varchar(40)  primary key,
    name_fr     varchar(100) not null,
    name_nl     varchar(100) not null,
    name_en     varchar(100) not null,
    keywords    varchar(1000) not null,
    search_text text generated always as (folded(name_fr || ' ' || name_nl || ' ' || name_en || ' ' || keywords)) stored
);

create index need_search_text_trgm on need using gin (search_text gin_trgm_ops);

create table office_need (
    office_id bigint      not null references office (id) on delete cascade,
    need_code varchar(40) not null references need (code),
    primary key (office_id, need_code)
);

insert into need (code, name_fr, name_nl, name_en, keywords) values
    ('training', 'Formation', 'Opleiding', 'Training',
     'formation formations cours études apprendre opleiding opleidingen cursus studie leren training course courses study learn'),
    ('activities', 'Activités', 'Activiteiten', 'Activities',
     'activité activités loisirs sport culture activiteit activiteiten vrije tijd sport cultuur activity activities leisure sport culture'),
    ('job-search', 'Recherche d''emploi', 'Werk zoeken', 'Job search',
     'emploi emplois travail job boulot chômage recherche d''emploi werk job baan werkloos werkzoekend werk zoeken work jobs employment unemployed job search'),
    ('housing', 'Logement', 'Huisvesting', 'Housing',
     'logement logements loyer appartement propriétaire huisvesting woning wonen huur appartement huisbaas housing home rent flat landlord'),
    ('law', 'Droit', 'Recht', 'Law',
     'droit droits justice avocat juridique recht rechten justitie advocaat juridisch law legal rights lawyer'),
    ('health', 'Santé', 'Gezondheid', 'Health',
     'santé médecin soins hôpital gezondheid dokter arts zorg ziekenhuis health doctor care hospital');

-- The City's page says every mediator takes these requests: all six offices help with all needs.
insert into office_need (office_id, need_code) select o.id, n.code from office o cross join need n;

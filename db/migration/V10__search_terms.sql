-- One search for every kind of question: the names residents give places and needs, each
-- pointing at what answers it (an office, a neighbourhood, another municipality of the
-- Region, a need, or nothing: words such as "help" or "rue" that say nothing alone).
-- Streets and postal codes are looked up in city_street and region_street as before.

create extension if not exists fuzzystrmatch;

-- A text as the search compares it: folded, words of letters and digits, one space apart.
create function search_key(text) returns text
    language sql immutable parallel safe strict
    as $$ select btrim(regexp_replace(public.folded($1), '[^a-z0-9]+', ' ', 'g')) $$;

-- The key without the words that only frame a name ("quartier des Marolles", "bureau Nord",
-- "médiation sociale Senne", "Laeken, Bruxelles").
create function search_bare(text) returns text
    language sql immutable parallel safe strict
    as $$
    select coalesce(string_agg(word, ' ' order by position), '')
    from unnest(string_to_array(public.search_key($1), ' ')) with ordinality as words (word, position)
    where word <> all (array['a', 'au', 'aux', 'd', 'de', 'den', 'der', 'des', 'du', 'en', 'et', 'het', 'in', 'l',
                             'la', 'le', 'les', 'of', 'te', 'ter', 'the', 'van', 'quartier', 'wijk', 'district',
                             'neighbourhood', 'neighborhood', 'bureau', 'kantoor', 'office', 'antenne',
                             'mediation', 'bemiddeling', 'sociale', 'social', 'sociaal', 'mediateur',
                             'mediatrice', 'bemiddelaar', 'ville', 'stad', 'city', 'bruxelles', 'brussel',
                             'brussels'])
    $$;

-- The neighbourhoods' names as residents write them (the source gives them in capitals,
-- without accents).
update neighbourhood n set name_fr = v.name_fr, name_nl = v.name_nl
from (values
    (1, 'Grand-Place', 'Grote Markt'),
    (2, 'Dansaert', 'Dansaert'),
    (3, 'Béguinage - Dixmude', 'Begijnhof - Diksmuide'),
    (4, 'Martyrs', 'Martelaars'),
    (5, 'Notre-Dame-aux-Neiges', 'Onze-Lieve-Vrouw-ter-Sneeuw'),
    (6, 'Quartier Royal', 'Koningswijk'),
    (7, 'Sablon', 'Zavel'),
    (8, 'Marolles', 'Marollen'),
    (9, 'Stalingrad', 'Stalingrad'),
    (10, 'Anneessens', 'Anneessens'),
    (16, 'Molenbeek historique', 'Historisch Molenbeek'),
    (18, 'Quartier maritime', 'Havenwijk'),
    (19, 'Vieux Laeken Ouest', 'Oud-Laken West'),
    (20, 'Vieux Laeken Est', 'Oud-Laken Oost'),
    (21, 'Quartier Nord', 'Noordwijk'),
    (22, 'Quartier Brabant', 'Brabantwijk'),
    (23, 'Colignon', 'Colignon'),
    (25, 'Saint-Josse Centre', 'Sint-Joost Centrum'),
    (29, 'Squares', 'Squares'),
    (30, 'Porte de Tervueren', 'Tervurense Poort'),
    (34, 'Jourdan', 'Jourdan'),
    (35, 'Quartier européen', 'Europawijk'),
    (36, 'Matonge', 'Matonge'),
    (39, 'Étangs d''Ixelles', 'Vijvers van Elsene'),
    (40, 'Louise - Longue Haie', 'Louiza - Lange Haag'),
    (41, 'Berckmans - Hôtel des Monnaies', 'Berckmans - Munthof'),
    (42, 'Châtelain', 'Kastelein'),
    (43, 'Brugmann - Lepoutre', 'Brugmann - Lepoutre'),
    (74, 'Heysel', 'Heizel'),
    (75, 'Houba', 'Houba'),
    (76, 'Mutsaard', 'Mutsaard'),
    (77, 'Heembeek', 'Heembeek'),
    (78, 'Haren', 'Haren'),
    (80, 'Helmet', 'Helmet'),
    (81, 'Gare de Schaerbeek', 'Station Schaarbeek'),
    (105, 'Dries', 'Dries'),
    (106, 'Boondael', 'Boondaal'),
    (108, 'Montjoie - Langeveld', 'Montjoie - Langeveld'),
    (110, 'Fort Jaco', 'Fort Jaco'),
    (800, 'Industrie Nord', 'Industrie Noord'),
    (801, 'Industrie OTAN', 'Industrie NAVO'),
    (900, 'Domaine royal de Laeken', 'Koninklijk Domein van Laken'),
    (903, 'Cinquantenaire', 'Jubelpark'),
    (904, 'Parc Léopold', 'Leopoldpark'),
    (906, 'Forêt de Soignes', 'Zoniënwoud'),
    (907, 'Bois de la Cambre', 'Ter Kamerenbos'),
    (917, 'Parc Baudouin - Dielegembos', 'Boudewijnpark - Dielegembos')
) as v (code, name_fr, name_nl)
where n.code = v.code;

-- What each need is also called, in the three languages. The City's page says every
-- mediator helps with a resident's daily difficulties and directs them to the right service:
-- every office takes these, as it takes the others.
insert into need (code, name_fr, name_nl, name_en, keywords) values
    ('debt', 'Dettes', 'Schulden', 'Debt', 'dette dettes factures schuld schulden rekeningen debt debts bills'),
    ('neighbours', 'Voisinage et bruit', 'Buren en lawaai', 'Neighbours and noise',
     'voisin voisins voisinage bruit buur buren burenruzie lawaai neighbour neighbours noise'),
    ('papers', 'Papiers et démarches', 'Papieren en administratie', 'Papers and forms',
     'papiers documents démarches administration papieren documenten administratie papers paperwork forms'),
    ('social-aid', 'Aide sociale (CPAS)', 'Sociale hulp (OCMW)', 'Social welfare (CPAS/OCMW)',
     'cpas ocmw aide sociale sociale hulp leefloon welfare');

insert into office_need (office_id, need_code)
select o.id, n.code from office o cross join need n where n.code in ('debt', 'neighbours', 'papers', 'social-aid');

-- Ways nobody lives on (road tunnels, the motorway, the Ring's feeder road) are not offered
-- as a resident's street.
alter table city_street add column residential boolean generated always as
    (name_fr !~ '^(Tunnel|Autoroute|Viaduc|Trémie)\M' and name_nl <> 'Indringingsweg') stored;

create table search_term (
    term               varchar(200) not null,
    bare               varchar(200) not null,
    kind               varchar(20)  not null
                       check (kind in ('OFFICE', 'NEIGHBOURHOOD', 'MUNICIPALITY', 'NEED', 'VAGUE')),
    -- The office's own names are kept by a trigger; other names of it are written here.
    office_name        boolean      not null default false,
    office_id          bigint       references office (id) on delete cascade,
    neighbourhood_code integer      references neighbourhood (code),
    municipality_fr    varchar(100),
    municipality_nl    varchar(100),
    need_code          varchar(40)  references need (code),
    check (num_nonnulls(office_id, neighbourhood_code, municipality_fr, need_code)
           = case when kind = 'VAGUE' then 0 else 1 end),
    check ((kind = 'OFFICE') = (office_id is not null)),
    check ((municipality_fr is null) = (municipality_nl is null))
);

create index search_term_term on search_term (term);
create index search_term_bare on search_term (bare);
create index search_term_bare_trgm on search_term using gin (bare gin_trgm_ops);
create index search_term_office on search_term (office_id);
-- Needs are looked for word by word, among a few hundred names of the tens of thousands.
create index search_term_need on search_term (need_code) where kind = 'NEED';

-- An office is found by its names and district names in the three languages, and by its
-- address name (slug): kept as staff edit them.
create function office_search_terms() returns trigger
    language plpgsql
    as $$
    begin
        delete from search_term where office_id = new.id and office_name;
        insert into search_term (term, bare, kind, office_name, office_id)
        select distinct search_key(name), search_bare(name), 'OFFICE', true, new.id
        from unnest(array[new.name_fr, new.name_nl, new.name_en, new.district_fr, new.district_nl,
                          new.district_en, replace(new.slug, '-', ' ')]) as name
        where name is not null and search_bare(name) <> '';
        return null;
    end
    $$;

create trigger office_search_terms
    after insert or update of name_fr, name_nl, name_en, district_fr, district_nl, district_en, slug on office
    for each row execute function office_search_terms();

update office set slug = slug;

-- The City's own abbreviation for Neder-over-Heembeek (the source page writes "1120 Brussels
-- (NOH)"), and Laeken, the district of two offices.
insert into search_term (term, bare, kind, office_id)
select search_key(v.term), search_bare(v.term), 'OFFICE', o.id
from (values ('NOH', 'neder-over-heembeek'), ('Laeken', 'laeken-centre'), ('Laeken', 'laeken-north'),
             ('Laken', 'laeken-centre'), ('Laken', 'laeken-north')) as v (term, slug)
join office o on o.slug = v.slug;

-- The City's neighbourhoods by their names and each part of a double name ("Béguinage",
-- "Dixmude"); Tour et Taxis, a statistical sector of the Quartier maritime in the street data.
insert into search_term (term, bare, kind, neighbourhood_code)
select distinct search_key(name), search_bare(name), 'NEIGHBOURHOOD', code
from (
    select n.code, part as name
    from neighbourhood n
    cross join lateral unnest(array[n.name_fr, n.name_nl]
                              || string_to_array(n.name_fr, ' - ') || string_to_array(n.name_nl, ' - ')) as part
    where n.boundary is not null
    union all
    select 18, 'Tour et Taxis'
    union all
    select 18, 'Thurn en Taxis'
) as names
where search_bare(name) <> '';

-- The Region's 18 other municipalities, by their names and the short names residents use.
insert into search_term (term, bare, kind, municipality_fr, municipality_nl)
select distinct search_key(name), search_bare(name), 'MUNICIPALITY', municipality_fr, municipality_nl
from (
    select distinct r.municipality_fr, r.municipality_nl, unnest(array[r.municipality_fr, r.municipality_nl]) as name
    from region_street r
    where r.municipality_fr <> 'Bruxelles'
    union all
    select m.municipality_fr, m.municipality_nl, v.name
    from (values ('Molenbeek', 'Molenbeek-Saint-Jean'), ('Saint-Josse', 'Saint-Josse-ten-Noode'),
                 ('Sint-Joost', 'Saint-Josse-ten-Noode'), ('Berchem', 'Berchem-Sainte-Agathe'),
                 ('Watermael', 'Watermael-Boitsfort'), ('Boitsfort', 'Watermael-Boitsfort'),
                 ('Bosvoorde', 'Watermael-Boitsfort'), ('Woluwe', 'Woluwe-Saint-Lambert'),
                 ('Woluwe', 'Woluwe-Saint-Pierre')) as v (name, municipality_fr)
    join (select distinct municipality_fr, municipality_nl from region_street) as m
      on m.municipality_fr = v.municipality_fr
) as names;

-- Needs, by their names and the words residents use for them.
insert into search_term (term, bare, kind, need_code)
select distinct search_key(term), search_bare(term), 'NEED', code
from (
    select n.code, unnest(array[n.name_fr, n.name_nl, n.name_en]) as term from need n
    union all
    select v.code, trim(term)
    from (values
        ('training', 'formation, formations, cours, études, apprendre, école, opleiding, opleidingen, cursus, studie, studeren, leren, school, training, course, courses, study, learn'),
        ('activities', 'activité, activités, loisirs, sport, culture, activiteit, activiteiten, vrije tijd, cultuur, activity, activities, leisure'),
        ('job-search', 'emploi, emplois, travail, job, boulot, chômage, recherche d''emploi, werk, baan, werkloos, werkloosheid, werkzoekend, werk zoeken, work, jobs, employment, unemployed, job search'),
        ('housing', 'logement, logements, loyer, appartement, propriétaire, expulsion, huisvesting, woning, wonen, huur, huurder, huisbaas, housing, home, rent, flat, landlord, eviction'),
        ('law', 'droit, droits, justice, avocat, juridique, aide juridique, recht, rechten, justitie, advocaat, juridisch, juridische hulp, law, legal, legal aid, rights, lawyer'),
        ('health', 'santé, médecin, soins, hôpital, gezondheid, dokter, arts, zorg, ziekenhuis, health, doctor, hospital'),
        ('debt', 'dette, dettes, endettement, facture, factures, surendettement, schuld, schulden, rekeningen, schuldbemiddeling, debt, debts, bills'),
        ('neighbours', 'voisin, voisins, voisine, voisinage, conflit de voisinage, bruit, nuisances, tapage, buur, buren, burenruzie, lawaai, geluidsoverlast, overlast, neighbour, neighbours, neighbor, neighbors, noise'),
        ('papers', 'papiers, documents, démarches, administration, formulaire, formulaires, papieren, documenten, administratie, formulier, formulieren, papers, paperwork, forms'),
        ('social-aid', 'cpas, ocmw, aide sociale, revenu d''intégration, sociale hulp, leefloon, welfare, social welfare, benefits')
    ) as v (code, terms)
    cross join lateral unnest(string_to_array(v.terms, ',')) as term
) as names
where search_bare(term) <> '';

-- Words that say nothing alone: greetings, calls for help, the City's name, kinds of street.
insert into search_term (term, bare, kind)
select distinct search_key(term), search_bare(term), 'VAGUE'
from unnest(array['help', 'aide', 'aidez-moi', 'hulp', 'hello', 'hallo', 'hi', 'bonjour', 'salut', 'goedendag',
                  'goeiedag', 'dag', 'info', 'infos', 'information', 'informations', 'informatie', 'centre',
                  'centrum', 'center', 'rue', 'avenue', 'boulevard', 'place', 'chaussée', 'square', 'straat',
                  'laan', 'plein', 'steenweg', 'street', 'road', 'merci', 'bedankt', 'thanks', 'contact',
                  'adresse', 'adres', 'address', 'horaires', 'openingsuren', 'hours', 'téléphone', 'telefoon',
                  'phone', 'test']) as term
where search_bare(term) <> '';

-- Misspelt words are compared with the street words of the same first letter and about the
-- same length.
create index street_word_prefix on street_word (left(word, 1), length(word));

analyze search_term;

-- The six offices as published on the City's "Social mediation" page, loaded verbatim from
-- shared/data/offices.csv (coordinates are the street's point: approximate).
-- The source gives no opening hours, e-mail addresses or descriptions: they stay empty.

create temporary table office_csv (
    slug text, district_en text, district_fr text, district_nl text,
    street_fr text, street_nl text, number text, postal_code text,
    locality_fr text, locality_nl text, phone_1 text, phone_2 text,
    lat_approx double precision, lon_approx double precision
) on commit drop;

copy office_csv from stdin with (format csv, header true);
slug,district_en,district_fr,district_nl,street_fr,street_nl,number,postal_code,locality_fr,locality_nl,phone_1,phone_2,lat_approx,lon_approx
laeken-centre,Laeken-Centre,Laeken-Centre,Laken-Centrum,Rue Fineau,Fineaustraat,3,1020,Bruxelles (Laeken),Brussel (Laken),+3224278344,+32475355358,50.879719,4.343537
laeken-north,Laeken-North,Laeken-Nord,Laken-Noord,Avenue de l'Héliport,Helihavenlaan,56,1000,Bruxelles,Brussel,+3224278344,,50.862279,4.35406
marolles,Marolles,Marolles,Marollen,Rue des Renards,Vossenstraat,10,1000,Bruxelles,Brussel,+3225032565,+32499537481,50.837065,4.34759
neder-over-heembeek,Neder-over-Heembeek,Neder-over-Heembeek,Neder-over-Heembeek,Avenue de Versailles,Versailleslaan,144,1120,Bruxelles (Neder-over-Heembeek),Brussel (Neder-over-Heembeek),+3222694153,+32499537485,50.896457,4.375296
north,North,Nord,Noord,Chaussée d'Anvers,Antwerpsesteenweg,150A,1000,Bruxelles,Brussel,+3222030556,,50.864135,4.357427
senne,Senne,Senne,Zenne,Rue du Vautour,Gierstraat,2,1000,Bruxelles,Brussel,+3222136011,+32499537484,50.844496,4.342002
\.

insert into office (slug, district_fr, district_nl, district_en, name_fr, name_nl, name_en,
                    address_street_fr, address_street_nl, address_number, address_postal_code,
                    address_locality_fr, address_locality_nl,
                    location_latitude, location_longitude, location_approximate, published)
select slug, district_fr, district_nl, district_en,
       'Médiation sociale ' || district_fr,
       'Sociale bemiddeling ' || district_nl,
       'Social mediation ' || district_en,
       street_fr, street_nl, number, postal_code, locality_fr, locality_nl,
       lat_approx, lon_approx, true, true
from office_csv;

insert into office_phone (office_id, position, number, kind)
select o.id, p.position, p.number,
       case when p.number like '+324%' then 'MOBILE' else 'LANDLINE' end
from office_csv c
join office o on o.slug = c.slug
cross join lateral (values (0, c.phone_1), (1, c.phone_2)) as p (position, number)
where p.number is not null and p.number <> '';

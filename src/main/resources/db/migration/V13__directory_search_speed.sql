-- Search that does not grow with the number of hits as fast as before (see docs/benchmarks.md, "Directory search").
--
-- 1. One full-text column (search_all) holding the French, Dutch and simple lexemes of names (weight A), theme labels
--    (B) and descriptions (C), with one GIN index, instead of three columns and three indexes: a search matches one
--    column against the three configurations' queries ORed together, and reads one vector instead of three.
-- 2. Two small columns that the ranking reads for every hit, names (search_names) and names with theme labels
--    (search_rank): a hit is ranked by where the words are found (names, then themes, then descriptions only),
--    without reading the large descriptions, which are only matched through the index.
-- 3. The codes of a service's themes and of their parents (theme_codes): the theme filter and the counts per theme
--    read the service row instead of joining the taxonomy for every hit.
-- 4. The coordinates of a service's places (geo_lat, geo_lon, same order), kept by statement triggers on
--    service_at_location and location: distance needs no join per hit.
-- 5. The vocabulary of names and theme labels (search_word, trigram index): a mistyped word is corrected against it
--    and the corrected query runs through the full-text index, instead of comparing the query with every service's
--    names by trigram similarity.

alter table service add column search_all tsvector;
alter table service add column search_names tsvector;
alter table service add column search_rank tsvector;
alter table service add column theme_codes text[] not null default '{}';
alter table service add column geo_lat double precision[] not null default '{}';
alter table service add column geo_lon double precision[] not null default '{}';
-- What the ranking reads for every hit stays in the row (compressed if need be) rather than in the TOAST table,
-- where each read would cost an index lookup; the large search_all is only read through its index.
alter table service alter column search_names set storage main;
alter table service alter column search_rank set storage main;
alter table service alter column search_name set storage main;
alter table service alter column theme_codes set storage main;
alter table service alter column geo_lat set storage main;
alter table service alter column geo_lon set storage main;
alter table service alter column area_codes set storage main;

create table search_word (
	word text primary key
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

create or replace function directory_tsvector(text, "char") returns tsvector
	language sql immutable parallel safe
	as $$ select setweight(to_tsvector('french', $1) || to_tsvector('dutch', $1) || to_tsvector('simple', $1), $2) $$;

create or replace function service_search_refresh() returns trigger language plpgsql as $$
declare
	names text := directory_all_languages(new.name);
	themes text;
	codes text[];
	descriptions text := concat_ws(' ', directory_all_languages(new.description),
		directory_all_languages(new.eligibility_description), array_to_string(new.target_groups, ' '));
begin
	select coalesce(string_agg(directory_all_languages(t.label), ' '), ''), coalesce(array_agg(distinct t.code), '{}')
	into themes, codes
	from service_taxonomy st
	join taxonomy_term t on t.id = st.taxonomy_term_id or t.id = (select parent_id from taxonomy_term where id = st.taxonomy_term_id)
	where st.service_id = new.id;
	new.search_names := directory_tsvector(names, 'A');
	new.search_rank := new.search_names || directory_tsvector(themes, 'B');
	new.search_all := new.search_rank || directory_tsvector(descriptions, 'C');
	new.search_title := concat_ws(' ', names, themes);
	new.search_name := names;
	new.theme_codes := codes;
	insert into search_word (word)
	select distinct w from regexp_split_to_table(new.search_title, '[^[:alnum:]]+') w where length(w) >= 3
	on conflict do nothing;
	return new;
end $$;

-- Places: the coordinates of the services given, in one statement.
create function directory_service_points(ids uuid[]) returns void language sql as $$
	update service s set geo_lat = coalesce(p.lats, '{}'), geo_lon = coalesce(p.lons, '{}')
	from unnest(ids) as i(id)
	left join lateral (
		select array_agg(l.latitude order by l.id) as lats, array_agg(l.longitude order by l.id) as lons
		from service_at_location sal join location l on l.id = sal.location_id
		where sal.service_id = i.id and l.latitude is not null and l.longitude is not null) p on true
	where s.id = i.id
		and (s.geo_lat is distinct from coalesce(p.lats, '{}') or s.geo_lon is distinct from coalesce(p.lons, '{}'))
$$;

create function service_at_location_points_added() returns trigger language plpgsql as $$
begin
	perform directory_service_points(array(select distinct service_id from added));
	return null;
end $$;

create function service_at_location_points_removed() returns trigger language plpgsql as $$
begin
	perform directory_service_points(array(select distinct service_id from removed));
	return null;
end $$;

create trigger service_at_location_points_insert after insert on service_at_location
	referencing new table as added for each statement execute function service_at_location_points_added();
create trigger service_at_location_points_update after update on service_at_location
	referencing new table as added for each statement execute function service_at_location_points_added();
create trigger service_at_location_points_delete after delete on service_at_location
	referencing old table as removed for each statement execute function service_at_location_points_removed();

create function location_points_changed() returns trigger language plpgsql as $$
begin
	perform directory_service_points(array(select distinct sal.service_id from service_at_location sal
		where sal.location_id in (select id from changed)));
	return null;
end $$;

create trigger location_points_update after update on location
	referencing new table as changed for each statement execute function location_points_changed();

-- Fill the new columns (the search trigger runs on an update of last_modified).
update service set last_modified = last_modified;
select directory_service_points(array(select id from service));

drop index service_search_fr_idx;
drop index service_search_nl_idx;
drop index service_search_simple_idx;
drop index service_search_title_trgm_idx;
alter table service drop column search_fr;
alter table service drop column search_nl;
alter table service drop column search_simple;

create index service_search_all_idx on service using gin (search_all);
create index service_theme_codes_idx on service using gin (theme_codes);

-- Bulk writes of services (HSDS imports, see docs/exchange.md) without the search upkeep row by row.
--
-- 1. A transaction-local switch, set_config('maillage.bulk_import', 'on', true): while it is on, the service_search
--    row trigger and the statement triggers of service_at_location and service_taxonomy leave the search columns,
--    theme codes and coordinates alone; the writer computes them itself for the services it wrote, set-based, with
--    the functions below, before the transaction ends. Nothing else sets it: every other write keeps the triggers.
-- 2. The search computation is split into functions that the trigger and a bulk writer share, so that both give the
--    same columns: the themes of a set of terms (directory_theme_search), the search columns of a service's texts
--    and themes (directory_search_columns) and the vocabulary words of a search title (directory_title_words).
--    The trigger computes what it computed before (V14); the theme labels are now joined in a stated order (by term
--    id) instead of whatever order the plan gave, and the texts are unaccented by an expression that can be inlined
--    (directory_search_text, the same result as directory_all_languages).
-- The location trigger (coordinates of the services at a moved place) is not switched off: it is set-based already
-- and also keeps the services that are not being written.

create function directory_bulk_import() returns boolean language sql stable parallel safe as $$
	select coalesce(current_setting('maillage.bulk_import', true), '') = 'on'
$$;

-- directory_all_languages (V4) as an expression the planner can inline: the same text (all languages, unaccented,
-- lower-cased), without a function call per value (the V4 wrapper is declared immutable around the stable unaccent,
-- so it is called, not inlined: about ten times the cost).
create function directory_search_text(jsonb) returns text language sql stable parallel safe as $$
	select lower(public.unaccent('public.unaccent'::regdictionary, concat_ws(' ', $1 ->> 'fr', $1 ->> 'nl', $1 ->> 'en')))
$$;

-- The labels (all languages), their search vector (weight B) and the codes of these terms and of their parents
-- (one row).
create function directory_theme_search(term_ids uuid[]) returns table (themes text, codes text[], vector tsvector)
	language sql stable parallel safe rows 1 as $$
	select l.themes, l.codes, directory_tsvector(l.themes, 'B')
	from (select coalesce(string_agg(directory_search_text(t.label), ' ' order by t.id), '') as themes,
			coalesce(array_agg(distinct t.code), '{}') as codes
		from (select distinct v.id
			from taxonomy_term own
			cross join lateral (values (own.id), (own.parent_id)) as v(id)
			where own.id = any(term_ids) and v.id is not null) as linked
		join taxonomy_term t on t.id = linked.id) as l
$$;

-- The search columns of a service (one row): names (weight A), theme labels (B: the text and vector that
-- directory_theme_search gives, worked out once for the many services that share their themes) and descriptions (C).
-- A set-returning SQL function, so that a statement over many services inlines it instead of calling it once per
-- service.
create function directory_search_columns(name jsonb, description jsonb, eligibility_description jsonb,
		target_groups text[], themes text, themes_vector tsvector)
	returns table (search_names tsvector, search_rank tsvector, search_all tsvector, search_title text,
		search_name text)
	language sql stable parallel safe rows 1 as $$
	select n.vector, r.vector, r.vector || directory_tsvector(t.descriptions, 'C'), concat_ws(' ', t.names, themes),
		t.names
	from (select directory_search_text(name) as names,
			concat_ws(' ', directory_search_text(description), directory_search_text(eligibility_description),
				array_to_string(target_groups, ' ')) as descriptions) as t
	cross join lateral (select directory_tsvector(t.names, 'A') as vector) as n
	cross join lateral (select n.vector || themes_vector as vector) as r
$$;

-- The words of a search title kept in the vocabulary (search_word) for typo correction.
create function directory_title_words(title text) returns setof text
	language sql immutable parallel safe as $$
	select distinct w from regexp_split_to_table(title, '[^[:alnum:]]+') w where length(w) >= 3
$$;

create or replace function service_search_refresh() returns trigger language plpgsql as $$
declare
	theme record;
	columns record;
begin
	if directory_bulk_import() then
		return new;
	end if;
	select * into theme from directory_theme_search(
		array(select st.taxonomy_term_id from service_taxonomy st where st.service_id = new.id));
	select * into columns from directory_search_columns(new.name, new.description, new.eligibility_description,
		new.target_groups, theme.themes, theme.vector);
	new.search_names := columns.search_names;
	new.search_rank := columns.search_rank;
	new.search_all := columns.search_all;
	new.search_title := columns.search_title;
	new.search_name := columns.search_name;
	new.theme_codes := theme.codes;
	insert into search_word (word)
	select w from directory_title_words(new.search_title) w
	on conflict do nothing;
	return new;
end $$;

create or replace function service_taxonomy_linked() returns trigger language plpgsql as $$
begin
	if directory_bulk_import() then
		return null;
	end if;
	update service set last_modified = now() where id in (select distinct service_id from linked);
	return null;
end $$;

create or replace function service_taxonomy_unlinked() returns trigger language plpgsql as $$
begin
	if directory_bulk_import() then
		return null;
	end if;
	update service set last_modified = now() where id in (select distinct service_id from unlinked);
	return null;
end $$;

create or replace function service_at_location_points_added() returns trigger language plpgsql as $$
begin
	if directory_bulk_import() then
		return null;
	end if;
	perform directory_service_points(array(select distinct service_id from added));
	return null;
end $$;

create or replace function service_at_location_points_removed() returns trigger language plpgsql as $$
begin
	if directory_bulk_import() then
		return null;
	end if;
	perform directory_service_points(array(select distinct service_id from removed));
	return null;
end $$;

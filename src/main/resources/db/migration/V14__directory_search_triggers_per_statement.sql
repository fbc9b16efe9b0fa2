-- Cheaper upkeep of the search columns when many services are written at once (HSDS imports, see docs/exchange.md):
-- 1. the themes of a service are found through its terms and their parents without an OR join (which read the whole
--    taxonomy for every linked term);
-- 2. linking or unlinking themes refreshes each service once per statement (transition tables) instead of once per
--    linked row.

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
	from (select distinct v.id
		from service_taxonomy st
		join taxonomy_term own on own.id = st.taxonomy_term_id
		cross join lateral (values (own.id), (own.parent_id)) as v(id)
		where st.service_id = new.id and v.id is not null) as linked
	join taxonomy_term t on t.id = linked.id;
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

drop trigger service_taxonomy_search on service_taxonomy;
drop function service_taxonomy_changed();

create function service_taxonomy_linked() returns trigger language plpgsql as $$
begin
	update service set last_modified = now() where id in (select distinct service_id from linked);
	return null;
end $$;

create function service_taxonomy_unlinked() returns trigger language plpgsql as $$
begin
	update service set last_modified = now() where id in (select distinct service_id from unlinked);
	return null;
end $$;

create trigger service_taxonomy_search_insert after insert on service_taxonomy
	referencing new table as linked for each statement execute function service_taxonomy_linked();
create trigger service_taxonomy_search_delete after delete on service_taxonomy
	referencing old table as unlinked for each statement execute function service_taxonomy_unlinked();

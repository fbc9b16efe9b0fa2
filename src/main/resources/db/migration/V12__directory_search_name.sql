-- The search's exact-phrase bonus compared the query with every hit's names unaccented on the fly (unaccent per row,
-- per search). The trigger now keeps them ready, as it keeps the other search columns.
alter table service add column search_name text;

create or replace function service_search_refresh() returns trigger language plpgsql as $$
declare
	names text := directory_all_languages(new.name);
	themes text;
	descriptions text := concat_ws(' ', directory_all_languages(new.description),
		directory_all_languages(new.eligibility_description), array_to_string(new.target_groups, ' '));
begin
	select coalesce(string_agg(directory_all_languages(t.label), ' '), '') into themes
	from service_taxonomy st
	join taxonomy_term t on t.id = st.taxonomy_term_id or t.id = (select parent_id from taxonomy_term where id = st.taxonomy_term_id)
	where st.service_id = new.id;
	new.search_fr := setweight(to_tsvector('french', names), 'A') || setweight(to_tsvector('french', themes), 'B')
		|| setweight(to_tsvector('french', descriptions), 'C');
	new.search_nl := setweight(to_tsvector('dutch', names), 'A') || setweight(to_tsvector('dutch', themes), 'B')
		|| setweight(to_tsvector('dutch', descriptions), 'C');
	new.search_simple := setweight(to_tsvector('simple', names), 'A') || setweight(to_tsvector('simple', themes), 'B')
		|| setweight(to_tsvector('simple', descriptions), 'C');
	new.search_title := concat_ws(' ', names, themes);
	new.search_name := names;
	return new;
end $$;

update service set search_name = directory_all_languages(name);

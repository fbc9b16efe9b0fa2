-- Names searched word by word, as the search reads the typed text.
--
-- PostgreSQL's text-search parser keeps "cpas/ocmw", "mr/mrs", "info@x.be" or "3.5" as one token, so a name such as
-- "CPAS/OCMW Schaerbeek" was not found by "cpas" in its names (only "cpas/ocmw" was), and its exact-text bonus
-- (search_name like '%cpas%') disagreed with its words. The search normalises the typed text by replacing every
-- character other than a letter, a digit, an apostrophe, a quote or a dash by a space (ServiceSearch.normalize);
-- names are now stored and turned into search vectors the same way. Descriptions are unchanged.
-- "offset 0" keeps the planner from copying the unaccented names and descriptions into each place that uses them
-- (three text-search configurations, the title, the name): each is computed once per service, about 30 % less time
-- for the search columns of a service (20,000 services of the search benchmark: 11.5 s before, 7.7 s after).
create or replace function directory_search_columns(name jsonb, description jsonb, eligibility_description jsonb,
		target_groups text[], themes text, themes_vector tsvector)
	returns table (search_names tsvector, search_rank tsvector, search_all tsvector, search_title text,
		search_name text)
	language sql stable parallel safe rows 1 as $$
	select n.vector, r.vector, r.vector || directory_tsvector(t.descriptions, 'C'), concat_ws(' ', t.names, themes),
		t.names
	from (select btrim(regexp_replace(directory_search_text(name), '[^[:alnum:]''"-]+', ' ', 'g')) as names,
			concat_ws(' ', directory_search_text(description), directory_search_text(eligibility_description),
				array_to_string(target_groups, ' ')) as descriptions
		offset 0) as t
	cross join lateral (select directory_tsvector(t.names, 'A') as vector) as n
	cross join lateral (select n.vector || themes_vector as vector) as r
$$;

-- Existing names whose stored form changes are computed again (the service_search trigger, on their name).
update service set name = name
where search_name is distinct from btrim(regexp_replace(directory_search_text(name), '[^[:alnum:]''"-]+', ' ', 'g'));

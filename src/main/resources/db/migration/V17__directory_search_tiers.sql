-- A page of search results without ranking every hit (see docs/directory.md, "A search"): when a search has many
-- hits, the page is ranked from the hits found in the names first, then in names and theme labels, and only when these
-- cannot fill it from every hit. Each tier is read through its own index, which for a frequent word holds far fewer
-- services than the index of all words; when the person's place is known, only the hits that cover it, found through
-- the indexes of the service's area level (new) and area codes (V4).
create index if not exists service_search_names_idx on service using gin (search_names);
create index if not exists service_search_rank_idx on service using gin (search_rank);
create index if not exists service_area_level_idx on service (area_level);

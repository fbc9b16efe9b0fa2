-- A page of search results without ranking every hit (see docs/directory.md, "A search"): when a search has many
-- hits, the page is ranked from the hits found in the names first, then in names and theme labels, and only when these
-- cannot fill it from every hit. Each tier is read through its own index, which for a frequent word holds far fewer
-- services than the index of all words; the exact-name bonus (the text as typed in a name) through a trigram index of
-- the names.
create index if not exists service_search_names_idx on service using gin (search_names);
create index if not exists service_search_rank_idx on service using gin (search_rank);
create index if not exists service_search_name_trgm_idx on service using gin (search_name gin_trgm_ops);

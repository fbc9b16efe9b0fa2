-- Broader concepts in the search thesaurus (issue 17, relevance), like SKOS skos:broader: a synonym group (cocaine,
-- coke, crack) may name one or more broader groups (assuetudes, verslaving, addiction care). A search for a term of
-- the narrower group also finds the services written with the broader group's terms, at a lower weight than the
-- group's own terms; a search for the broader group does not narrow to it (the relation is one-way). No cycles: the
-- editor refuses a relation that would make a group broader than itself (TaxonomyService); the check below refuses
-- the shortest one.
create table search_synonym_broader (
	narrower_id bigint not null references search_synonym (id) on delete cascade,
	broader_id bigint not null references search_synonym (id) on delete cascade,
	created_by text,
	created_at timestamptz not null default now(),
	primary key (narrower_id, broader_id),
	check (narrower_id <> broader_id)
);
create index search_synonym_broader_broader_idx on search_synonym_broader (broader_id);

-- A change raises the directory's version (as search_synonym does, V44): every instance reloads its thesaurus at
-- its next refresh.
create constraint trigger search_synonym_broader_version after insert or update or delete on search_synonym_broader
	deferrable initially deferred for each row execute function directory_version_raise();
create trigger search_synonym_broader_version_truncate after truncate on search_synonym_broader for each statement
	execute function directory_version_raise();

-- The directory of services, modelled on Open Referral HSDS 3.1 (ids are UUIDs as in HSDS).
-- Translatable text is jsonb {"fr": ..., "nl": ..., "en": ...} (system.LocalizedText).

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be used in indexes and search columns.
create function directory_unaccent(text) returns text
	language sql immutable strict parallel safe
	as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- All languages of a translatable text, unaccented and lower-cased, for search.
create function directory_all_languages(jsonb) returns text
	language sql immutable parallel safe
	as $$ select lower(directory_unaccent(concat_ws(' ', $1 ->> 'fr', $1 ->> 'nl', $1 ->> 'en'))) $$;

create table organization (
	id uuid primary key,
	name text not null check (name <> ''),
	description jsonb not null default '{}',
	email text,
	website text,
	created_at timestamptz not null default now(),
	last_modified timestamptz not null default now()
);

create table taxonomy (
	id uuid primary key,
	name text not null,
	description text not null,
	uri text,
	version text
);

-- Two levels: themes (parent_id null) and sub-themes.
create table taxonomy_term (
	id uuid primary key,
	taxonomy_id uuid not null references taxonomy (id),
	code text not null unique,
	parent_id uuid references taxonomy_term (id),
	label jsonb not null,
	description jsonb not null default '{}',
	position integer not null default 0
);
create index taxonomy_term_parent_idx on taxonomy_term (parent_id);

create table service (
	id uuid primary key,
	organization_id uuid not null references organization (id),
	name jsonb not null,
	description jsonb not null default '{}',
	application_process jsonb not null default '{}',
	fees_description jsonb not null default '{}',
	eligibility_description jsonb not null default '{}',
	status text not null default 'active' check (status in ('active', 'temporarily_closed', 'closed')),
	kind text not null default 'service' check (kind in ('service', 'orientation_line', 'directory')),
	url text,
	email text,
	minimum_age integer check (minimum_age >= 0),
	maximum_age integer check (maximum_age >= 0),
	cost text not null default 'paid' check (cost in ('free', 'low_threshold', 'sliding_scale', 'paid')),
	languages text[] not null default '{}',
	target_groups text[] not null default '{}',
	-- Service area: the level and the codes covered (bassin codes, commune NIS codes or quartier codes; none for REGION).
	area_level text not null check (area_level in ('REGION', 'BASSIN', 'COMMUNE', 'QUARTIER')),
	area_codes text[] not null default '{}',
	last_verified_at timestamptz,
	last_verified_by text,
	created_at timestamptz not null default now(),
	last_modified timestamptz not null default now(),
	-- Maintained by the service_search trigger: names (weight A), taxonomy labels (B), descriptions (C) in every language.
	search_fr tsvector,
	search_nl tsvector,
	search_simple tsvector,
	-- Names and theme labels, unaccented, lower-cased: trigram matching of mistyped queries.
	search_title text,
	check (maximum_age is null or minimum_age is null or maximum_age >= minimum_age),
	check ((area_level = 'REGION') = (cardinality(area_codes) = 0))
);
create index service_organization_idx on service (organization_id);
create index service_search_fr_idx on service using gin (search_fr);
create index service_search_nl_idx on service using gin (search_nl);
create index service_search_simple_idx on service using gin (search_simple);
create index service_search_title_trgm_idx on service using gin (search_title gin_trgm_ops);
create index service_area_codes_idx on service using gin (area_codes);
create index service_last_modified_idx on service (last_modified);

create table service_taxonomy (
	service_id uuid not null references service (id) on delete cascade,
	taxonomy_term_id uuid not null references taxonomy_term (id),
	primary key (service_id, taxonomy_term_id)
);
create index service_taxonomy_term_idx on service_taxonomy (taxonomy_term_id);

create table location (
	id uuid primary key,
	organization_id uuid not null references organization (id),
	name text,
	address text not null,
	postcode text not null check (postcode ~ '^1[0-2][0-9]{2}$'),
	city text not null,
	commune_nis text not null check (commune_nis ~ '^21[0-9]{3}$'),
	latitude double precision check (latitude between 50.7 and 51.0),
	longitude double precision check (longitude between 4.2 and 4.5),
	-- A confidential place (shelter, ...) is never published; its coordinates only serve distance ranking.
	confidential boolean not null default false
);
create index location_organization_idx on location (organization_id);

create table service_at_location (
	id uuid primary key,
	service_id uuid not null references service (id) on delete cascade,
	location_id uuid not null references location (id),
	unique (service_id, location_id)
);
create index service_at_location_location_idx on service_at_location (location_id);

create table phone (
	id uuid primary key,
	service_id uuid not null references service (id) on delete cascade,
	number text not null,
	description jsonb not null default '{}'
);
create index phone_service_idx on phone (service_id);

create table schedule (
	id uuid primary key,
	service_id uuid not null references service (id) on delete cascade,
	weekday smallint not null check (weekday between 1 and 7),
	opens_at time not null,
	closes_at time not null,
	check (closes_at > opens_at)
);
create index schedule_service_idx on schedule (service_id);

-- Terms that mean the same for the people searching (acronyms, FR/NL equivalents), stored unaccented and lower-cased.
create table search_synonym (
	id bigint generated always as identity primary key,
	terms text[] not null check (cardinality(terms) >= 2)
);

create table service_history (
	id bigint generated always as identity primary key,
	service_id uuid not null references service (id) on delete cascade,
	snapshot jsonb not null,
	changed_by text not null,
	changed_at timestamptz not null default now()
);
create index service_history_service_idx on service_history (service_id, changed_at desc);

create function service_search_refresh() returns trigger language plpgsql as $$
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
	return new;
end $$;

create trigger service_search before insert or update of name, description, eligibility_description, target_groups, last_modified
	on service for each row execute function service_search_refresh();

-- A change of themes refreshes the service's search columns (by touching last_modified).
create function service_taxonomy_changed() returns trigger language plpgsql as $$
begin
	update service set last_modified = now()
	where id = coalesce(new.service_id, old.service_id);
	return null;
end $$;

create trigger service_taxonomy_search after insert or delete on service_taxonomy
	for each row execute function service_taxonomy_changed();

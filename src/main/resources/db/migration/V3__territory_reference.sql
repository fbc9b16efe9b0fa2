-- Territory: region -> 5 bassins -> quartiers social-santé, and the administrative grid beside it
-- (19 communes -> 27 Statbel sub-municipalities -> statistical sectors). The reference data is loaded by
-- territory.TerritoryLoader from classpath:territory/ (insert if absent), so an administrator's later
-- corrections survive restarts and upgrades. Geometry stays in the resource files and in memory.

create table territory_bassin (
	code text primary key,
	name jsonb not null,
	website text,
	quartiers_published integer,
	population_published text,
	source text
);

-- The commune-level statement of the sources; placement uses the sub-municipality (or quartier) assignments.
create table territory_commune (
	nis_code text primary key check (nis_code ~ '^21[0-9]{3}$'),
	name jsonb not null,
	postcodes text not null,
	population integer,
	population_date date,
	bassin_code text references territory_bassin (code),
	assignment_status text not null check (assignment_status in ('verified', 'inferred', 'unresolved', 'split')),
	assignment_source text
);

create table territory_submunicipality (
	code text primary key,
	nis_code text not null references territory_commune (nis_code),
	name jsonb not null,
	area_ha numeric(9, 1),
	sectors integer,
	bassin_code text references territory_bassin (code),
	assignment_status text not null check (assignment_status in ('verified', 'inferred', 'unresolved')),
	assignment_source text,
	check ((bassin_code is null) = (assignment_status = 'unresolved'))
);

-- Quartiers social-santé: empty until the annex of the decree of 4 April 2024 is loaded.
create table territory_quartier (
	code text primary key,
	name jsonb not null,
	bassin_code text references territory_bassin (code),
	assignment_status text not null check (assignment_status in ('verified', 'inferred', 'unresolved')),
	assignment_source text
);

create table territory_sector (
	code text primary key,
	submunicipality_code text not null references territory_submunicipality (code),
	name jsonb not null,
	quartier_code text references territory_quartier (code)
);
create index territory_sector_submunicipality_idx on territory_sector (submunicipality_code);

create table territory_postcode_commune (
	postcode text not null check (postcode ~ '^[0-9]{4}$'),
	nis_code text not null references territory_commune (nis_code),
	streets integer,
	in_statbel_table boolean not null,
	primary key (postcode, nis_code)
);

-- Every change of an assignment: the initial load is recorded too, so each area has its full history.
create table territory_assignment_change (
	id bigint generated always as identity primary key,
	area_kind text not null check (area_kind in ('submunicipality', 'quartier')),
	area_code text not null,
	old_bassin_code text,
	new_bassin_code text,
	old_status text,
	new_status text not null,
	reason text not null,
	changed_by text not null,
	changed_at timestamptz not null default now()
);
create index territory_assignment_change_area_idx on territory_assignment_change (area_kind, area_code, changed_at desc);

-- Directory exchange: what any valid HSDS 3.1 package holds (issue 17).

-- Phones of an organisation (HSDS does not require a service_id).
alter table phone alter column service_id drop not null;
alter table phone add column organization_id uuid references organization (id) on delete cascade;
alter table phone add constraint phone_owner_check check (num_nonnulls(service_id, organization_id) >= 1);
create index phone_organization_idx on phone (organization_id) where organization_id is not null;

-- Opening hours that cross midnight (opens 20:00, closes 08:00 the next morning), and hours valid for a period only.
alter table schedule drop constraint schedule_check;
alter table schedule add constraint schedule_hours_check check (closes_at <> opens_at);
alter table schedule add column valid_from date;
alter table schedule add column valid_to date;
alter table schedule add constraint schedule_validity_check check (valid_to is null or valid_from is null or valid_to >= valid_from);

-- A package's own taxonomy, kept as it is, and the crosswalk from its terms to the directory's themes.
create table package_taxonomy (
	id uuid primary key,
	source text not null,
	name text not null,
	description text,
	uri text,
	version text
);

create table package_term (
	id uuid primary key,
	taxonomy_id uuid not null references package_taxonomy (id) on delete cascade,
	code text,
	name text not null,
	description text,
	parent_id uuid,
	-- The directory's theme this term means; null until an editor chooses one when nothing matched.
	theme_id uuid references taxonomy_term (id) on delete set null,
	-- How the theme was found: the same code, the same label, or an editor's choice.
	matched_by text check (matched_by in ('code', 'label', 'editor'))
);
create index package_term_taxonomy_idx on package_term (taxonomy_id);

-- The package's classification of its services, kept whatever the crosswalk says.
create table service_package_term (
	service_id uuid not null references service (id) on delete cascade,
	term_id uuid not null references package_term (id) on delete cascade,
	primary key (service_id, term_id)
);
create index service_package_term_term_idx on service_package_term (term_id);

-- A service area written in a package that names no Brussels territory ("MyCity area"): kept as written and shown
-- so, instead of claiming the whole region.
alter table service add column area_description text;

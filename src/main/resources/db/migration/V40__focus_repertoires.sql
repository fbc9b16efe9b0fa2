-- Focus thematic repertoires: a brochure-like selection of directory services, in sections ordered by stepped
-- care or by question. Services are referred to by id only (they belong to the directory module).
create table focus_repertoire (
	id uuid primary key,
	slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	title jsonb not null,
	introduction jsonb not null default '{}',
	status text not null default 'draft' check (status in ('draft', 'published')),
	published_at timestamptz,
	-- Last time the listed services were checked for closure and staleness, and how many were flagged then.
	checked_at timestamptz,
	flagged integer not null default 0,
	created_by text not null,
	created_at timestamptz not null default now(),
	last_modified timestamptz not null default now()
);

create table focus_section (
	id uuid primary key,
	repertoire_id uuid not null references focus_repertoire (id) on delete cascade,
	position integer not null,
	title jsonb not null,
	-- The stepped-care level the section gathers, or null for a section organised around a question.
	level text check (level in ('QUARTIER', 'COMMUNE', 'BASSIN', 'REGION'))
);
create index focus_section_repertoire_idx on focus_section (repertoire_id, position);

create table focus_entry (
	id uuid primary key,
	section_id uuid not null references focus_section (id) on delete cascade,
	position integer not null,
	service_id uuid not null,
	note jsonb not null default '{}',
	unique (section_id, service_id)
);
create index focus_entry_section_idx on focus_entry (section_id, position);
create index focus_entry_service_idx on focus_entry (service_id);

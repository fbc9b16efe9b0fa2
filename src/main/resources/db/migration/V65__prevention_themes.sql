-- Info prévention: one health theme a month, coordinated regionally, and per theme and bassin a short public page
-- with resources and local initiatives (directory services, referred to by id only).
create table prevention_theme (
	id uuid primary key,
	year integer not null check (year between 2000 and 2100),
	month integer not null check (month between 1 and 12),
	title jsonb not null,
	unique (year, month)
);

create table prevention_page (
	id uuid primary key,
	theme_id uuid not null references prevention_theme (id) on delete cascade,
	bassin text not null check (bassin in ('NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST')),
	summary jsonb not null default '{}',
	resources jsonb not null default '{}',
	status text not null default 'draft' check (status in ('draft', 'published')),
	published_at timestamptz,
	last_modified timestamptz not null default now(),
	modified_by text not null,
	unique (theme_id, bassin)
);
create index prevention_page_bassin_idx on prevention_page (bassin, status);

create table prevention_page_service (
	page_id uuid not null references prevention_page (id) on delete cascade,
	service_id uuid not null,
	position integer not null,
	primary key (page_id, service_id)
);

-- Programmes (interfederal and regional: perinatality, vulnerable people, child obesity, and any an administrator
-- adds) with their territories and dates; the register of the organisation's publications (Maillage links to them,
-- or keeps the PDF; it is not a CMS).
create table programme (
	id uuid primary key,
	code text not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	name jsonb not null,
	territories text[] not null default '{}',
	starts_on date not null,
	ends_on date,
	created_at timestamptz not null default now(),
	check (ends_on is null or ends_on >= starts_on)
);

create table publication (
	id uuid primary key,
	series text not null check (series in ('ZINNEKE', 'KAIROS', 'FOCUS', 'SYNTHESIS', 'OTHER')),
	issue text,
	title jsonb not null,
	published_on date not null,
	languages text[] not null default '{}',
	url text,
	pdf bytea,
	summary jsonb not null default '{}',
	themes text[] not null default '{}',
	programme_id uuid references programme (id),
	created_by text not null,
	created_at timestamptz not null default now(),
	check (url is not null or pdf is not null)
);
create index publication_date_idx on publication (published_on desc);
create index publication_programme_idx on publication (programme_id);

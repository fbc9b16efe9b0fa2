-- Cadastres of the directory (activity report 2024): the trainings offered to professionals, volunteers and carers
-- on priority themes (palliative care, mental health, ...), each organised by a directory organisation; and the
-- telephone orientation and listening lines for professionals with how far their mapping went (listed, met,
-- collaboration agreed, each with its date), so "40 lines listed, 21 met" is a count.
create table directory_training (
	id uuid primary key,
	organization_id uuid not null references organization (id),
	title jsonb not null,
	audience text not null check (audience in ('PROFESSIONALS', 'VOLUNTEERS', 'CARERS', 'EVERYONE')),
	languages text[] not null default '{}',
	starts_on date,
	ends_on date,
	recurrence text,
	cost_euros numeric(8, 2) not null check (cost_euros >= 0),
	theme text not null,
	url text,
	created_by text not null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	check (starts_on is not null or recurrence is not null),
	check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index directory_training_organization_idx on directory_training (organization_id);
create index directory_training_theme_idx on directory_training (theme);

create table directory_orientation_line (
	id uuid primary key,
	name text not null,
	organization_id uuid references organization (id),
	phone text,
	listed_on date not null,
	met_on date,
	agreed_on date,
	created_by text not null,
	created_at timestamptz not null default now(),
	check (met_on is null or met_on >= listed_on),
	check (agreed_on is null or (met_on is not null and agreed_on >= met_on))
);
create index directory_orientation_line_organization_idx on directory_orientation_line (organization_id);

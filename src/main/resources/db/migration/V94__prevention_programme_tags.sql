-- Programme tags: a programme tags events, helpdesk requests, Focus repertoires and directory themes. The subject
-- is kept by kind and id only (no foreign key into another module's tables), with what it was when tagged: its
-- label, the territory it belongs to (REGION or a bassin code) and its day (none for a directory theme), so the
-- activity of each programme can be counted by bassin and year without reading the other modules' tables.
create table programme_tag (
	programme_id uuid not null references programme (id) on delete cascade,
	subject_kind text not null check (subject_kind in ('EVENT', 'HELPDESK_REQUEST', 'FOCUS_REPERTOIRE', 'DIRECTORY_THEME')),
	subject_id text not null check (length(subject_id) between 1 and 100),
	label jsonb not null default '{}',
	territory text not null check (territory in ('REGION', 'NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST')),
	occurred_on date,
	tagged_by text not null,
	tagged_at timestamptz not null default now(),
	primary key (programme_id, subject_kind, subject_id)
);
create index programme_tag_subject_idx on programme_tag (subject_kind, subject_id);

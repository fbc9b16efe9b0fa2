-- Rendez-vous de la prévention santé: community prevention meetings for inhabitants, held by a bassin's prevention
-- officers at places of local partners. Inhabitants never register: a session keeps an anonymous headcount only.
create table prevention_venue (
	id uuid primary key,
	bassin text not null check (bassin in ('NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST')),
	-- The directory service whose public place hosts the meetings (a medical house, a community centre, ...).
	service_id uuid not null,
	partners text,
	created_at timestamptz not null default now(),
	unique (bassin, service_id)
);

create table prevention_session (
	id uuid primary key,
	venue_id uuid not null references prevention_venue (id) on delete cascade,
	held_on date not null,
	theme jsonb not null default '{}',
	partners text,
	headcount integer not null check (headcount between 0 and 1000),
	recorded_by text not null,
	recorded_at timestamptz not null default now()
);
create index prevention_session_venue_idx on prevention_session (venue_id, held_on);

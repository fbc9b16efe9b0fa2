-- Events: information sessions, webinars, trainings (cycles of sessions), forums, workshops, consultations,
-- community-of-practice meetings and open-doors visits. Registrants are people: minimum fields, erased on schedule.

create table event_request (
	id uuid primary key,
	organisation text not null,
	contact_name text not null,
	email text not null,
	language text not null check (language in ('fr', 'nl', 'en')),
	topic text not null,
	audience text not null,
	expected_people int not null check (expected_people > 0),
	preferred_dates text not null,
	territory text not null,
	status text not null default 'RECEIVED' check (status in ('RECEIVED', 'ACCEPTED', 'SCHEDULED', 'DECLINED', 'HELD')),
	event_id uuid,
	created_at timestamptz not null default now(),
	decided_at timestamptz,
	decided_by text
);

create table event (
	id uuid primary key,
	kind text not null,
	title jsonb not null,
	description jsonb not null,
	language text not null check (language in ('fr', 'nl', 'bilingual', 'en')),
	online boolean not null default false,
	online_url text,
	address text,
	postcode text,
	commune_nis text,
	place_bassin text,
	place_certainty text,
	territory text not null,
	themes text[] not null default '{}',
	organiser_team text not null,
	capacity int not null check (capacity > 0),
	questions jsonb not null default '[]',
	consent jsonb,
	status text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
	request_id uuid references event_request (id),
	community_id uuid,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	registrants_erased_at timestamptz
);

alter table event_request add constraint event_request_event foreign key (event_id) references event (id);

create table event_session (
	id uuid primary key,
	event_id uuid not null references event (id) on delete cascade,
	position int not null,
	starts_at timestamptz not null,
	ends_at timestamptz not null check (ends_at > starts_at),
	unique (event_id, position)
);
create index event_session_starts on event_session (starts_at);

create table event_registration (
	id uuid primary key,
	event_id uuid not null references event (id) on delete cascade,
	email text not null,
	name text not null,
	organisation text,
	language text not null check (language in ('fr', 'nl', 'en')),
	status text not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
	token text not null unique,
	answers jsonb not null default '[]',
	accessibility text,
	consented_at timestamptz not null,
	created_at timestamptz not null default now(),
	waiting_since timestamptz,
	promoted_at timestamptz,
	cancelled_at timestamptz,
	reminded_at timestamptz,
	unique (event_id, email)
);
create index event_registration_waiting on event_registration (event_id, waiting_since) where status = 'WAITING';

create table event_attendance (
	session_id uuid not null references event_session (id) on delete cascade,
	registration_id uuid not null references event_registration (id) on delete cascade,
	present boolean not null,
	recorded_at timestamptz not null default now(),
	recorded_by text,
	primary key (session_id, registration_id)
);

-- Figures survive erasure: counts per event kept when registrant rows are erased.
create table event_figures (
	event_id uuid primary key references event (id) on delete cascade,
	registrants int not null,
	waiting int not null,
	attendees int not null,
	no_shows int not null,
	frozen_at timestamptz not null default now()
);

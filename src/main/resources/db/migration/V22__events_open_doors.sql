-- Open-doors weeks: one per bassin a year. Organisations of the directory offer 1.5-hour visit slots until the
-- closing date for hosts, staff validate the offers, the programme is published and professionals book visits.

create table open_doors_week (
	id uuid primary key,
	name text not null check (name <> ''),
	bassin text not null,
	starts_on date not null,
	ends_on date not null,
	hosts_close_on date not null,
	status text not null check (status in ('CALL', 'PUBLISHED', 'CLOSED')),
	created_at timestamptz not null default now(),
	check (ends_on >= starts_on),
	check (hosts_close_on <= starts_on)
);

create table open_doors_offer (
	id uuid primary key,
	week_id uuid not null references open_doors_week (id) on delete cascade,
	-- The host organisation of the directory, when it is there; its name is kept for the programme.
	organization_id uuid,
	host_name text not null check (host_name <> ''),
	address text not null,
	commune_nis text not null check (commune_nis ~ '^21[0-9]{3}$'),
	theme text,
	description text not null default '',
	contact_email text not null,
	status text not null check (status in ('PROPOSED', 'VALIDATED', 'REFUSED')),
	-- Private link of the host to see its visitors.
	host_token text not null unique,
	registered_by text not null,
	created_at timestamptz not null default now()
);
create index open_doors_offer_week_idx on open_doors_offer (week_id);

create table open_doors_slot (
	id uuid primary key,
	offer_id uuid not null references open_doors_offer (id) on delete cascade,
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	capacity integer not null check (capacity > 0),
	check (ends_at > starts_at)
);
create index open_doors_slot_offer_idx on open_doors_slot (offer_id);

-- A professional who books visits of one week: no account, the minimum to welcome them.
create table open_doors_visitor (
	id uuid primary key,
	week_id uuid not null references open_doors_week (id) on delete cascade,
	email text not null,
	name text not null,
	profession text not null,
	language text not null check (language in ('fr', 'nl', 'en')),
	created_at timestamptz not null default now()
);
create unique index open_doors_visitor_email_idx on open_doors_visitor (week_id, lower(email));

create table open_doors_booking (
	id uuid primary key,
	slot_id uuid not null references open_doors_slot (id) on delete cascade,
	visitor_id uuid not null references open_doors_visitor (id) on delete cascade,
	created_at timestamptz not null default now(),
	unique (slot_id, visitor_id)
);
create index open_doors_booking_visitor_idx on open_doors_booking (visitor_id);

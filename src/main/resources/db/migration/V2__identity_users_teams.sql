-- Teams belong to a territory scope: the region, one of the 5 bassins, or the palliative platform.
create table team (
	id bigint generated always as identity primary key,
	code text not null unique,
	name jsonb not null,
	territory text not null check (territory in ('REGION', 'NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST', 'PALLIATIVE'))
);

insert into team (code, name, territory) values
	('REGION', '{"fr": "Équipe régionale", "nl": "Gewestelijk team", "en": "Regional team"}', 'REGION'),
	('NORD', '{"fr": "Équipe du bassin Nord", "nl": "Team zorgzone Noord", "en": "North basin team"}', 'NORD'),
	('NORD_EST', '{"fr": "Équipe du bassin Nord-Est", "nl": "Team zorgzone Noord-Oost", "en": "North-East basin team"}', 'NORD_EST'),
	('SUD', '{"fr": "Équipe du bassin Sud", "nl": "Team zorgzone Zuid", "en": "South basin team"}', 'SUD'),
	('SUD_EST', '{"fr": "Équipe du bassin Sud-Est", "nl": "Team zorgzone Zuid-Oost", "en": "South-East basin team"}', 'SUD_EST'),
	('CENTRE_OUEST', '{"fr": "Équipe du bassin Centre-Ouest", "nl": "Team zorgzone Centrum-West", "en": "Centre-West basin team"}', 'CENTRE_OUEST'),
	('PALLIATIVE', '{"fr": "Plateforme palliative", "nl": "Palliatief platform", "en": "Palliative care platform"}', 'PALLIATIVE');

create table app_user (
	id bigint generated always as identity primary key,
	email text not null,
	display_name text not null,
	password_hash text,
	enabled boolean not null default true,
	demo boolean not null default false,
	created_at timestamptz not null default now(),
	version integer not null default 0
);
create unique index app_user_email_uk on app_user (lower(email));

create table user_role (
	user_id bigint not null references app_user (id) on delete cascade,
	role text not null check (role in ('ADMIN', 'COORDINATOR', 'STAFF')),
	primary key (user_id, role)
);

create table team_member (
	user_id bigint not null references app_user (id) on delete cascade,
	team_id bigint not null references team (id),
	primary key (user_id, team_id)
);

-- Personal access tokens for /api/**: only a SHA-256 hash of the secret is kept.
create table access_token (
	id bigint generated always as identity primary key,
	user_id bigint not null references app_user (id) on delete cascade,
	name text not null,
	token_hash text not null unique,
	token_prefix text not null,
	created_at timestamptz not null default now(),
	expires_at timestamptz,
	last_used_at timestamptz,
	revoked_at timestamptz
);
create index access_token_user_idx on access_token (user_id);

-- Login attempts, shared by all instances, for throttling.
create table login_attempt (
	id bigint generated always as identity primary key,
	email text not null,
	remote_address text,
	attempted_at timestamptz not null default now(),
	succeeded boolean not null
);
create index login_attempt_email_idx on login_attempt (lower(email), attempted_at desc);

-- Audit log: who did what, when, on which record.
create table audit_entry (
	id bigint generated always as identity primary key,
	occurred_at timestamptz not null default now(),
	actor_id bigint,
	actor text not null,
	action text not null,
	record_type text,
	record_id text,
	details text,
	remote_address text
);
create index audit_entry_time_idx on audit_entry (occurred_at desc);
create index audit_entry_record_idx on audit_entry (record_type, record_id);

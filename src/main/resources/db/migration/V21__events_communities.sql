-- Communities of practice: local interdisciplinary peer groups meeting ~10 times a year; each participant is paid a
-- flat fee per meeting attended.

create table community (
	id uuid primary key,
	name jsonb not null,
	territory text not null,
	created_at timestamptz not null default now()
);

create table community_member (
	id uuid primary key,
	community_id uuid not null references community (id) on delete cascade,
	name text not null,
	email text,
	profession text,
	created_at timestamptz not null default now()
);

create table community_meeting (
	id uuid primary key,
	community_id uuid not null references community (id) on delete cascade,
	held_on date not null,
	topic text not null
);

create table community_attendance (
	meeting_id uuid not null references community_meeting (id) on delete cascade,
	member_id uuid not null references community_member (id) on delete cascade,
	primary key (meeting_id, member_id)
);

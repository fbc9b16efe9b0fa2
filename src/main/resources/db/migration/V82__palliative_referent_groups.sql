-- Referent groups of the palliative culture in nursing homes: one group per bassin or pair of bassins (Nord and
-- Nord-Est together in 2024). A group's bassins have validity periods, so that a group is split later (a bassin's
-- period ends in the old group and starts in a new one) without losing its history. Meetings are events of the
-- events module (the attendance is the event's headcount); this table links them to the group.
create table palliative_referent_group (
	id bigint generated always as identity primary key,
	name varchar(80) not null check (btrim(name) <> ''),
	created_on date not null
);

create table palliative_referent_group_bassin (
	id bigint generated always as identity primary key,
	group_id bigint not null references palliative_referent_group (id) on delete cascade,
	bassin varchar(16) not null check (bassin in ('NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST')),
	valid_from date not null,
	valid_until date,
	check (valid_until is null or valid_until >= valid_from)
);
create index palliative_referent_group_bassin_idx on palliative_referent_group_bassin (group_id, valid_from);
-- a bassin belongs to one group at a time
create unique index palliative_referent_group_bassin_open_idx on palliative_referent_group_bassin (bassin)
	where valid_until is null;

create table palliative_referent_meeting (
	id bigint generated always as identity primary key,
	group_id bigint not null references palliative_referent_group (id),
	event_id uuid not null unique, -- an event of the events module (no foreign key across modules)
	held_on date not null,
	status varchar(12) not null check (status in ('PLANNED', 'HELD', 'CANCELLED'))
);
create index palliative_referent_meeting_group_idx on palliative_referent_meeting (group_id, held_on);

-- Training cycles of volunteers are trainings of the events module (one event, its sessions are the days); the
-- completion rule (maillage.palliative.training-completion, 8 of 10 days) gives the days a volunteer attends to be
-- trained, kept with the cycle as it was when the cycle was created.
create table palliative_volunteer_cycle (
	id bigint generated always as identity primary key,
	event_id uuid not null unique, -- an event of the events module (no foreign key across modules)
	name varchar(80) not null check (btrim(name) <> ''),
	cycle_year smallint not null check (cycle_year between 2000 and 2100),
	sessions smallint not null check (sessions between 1 and 60),
	required smallint not null check (required between 1 and 60),
	last_day date not null,
	check (required <= sessions)
);

alter table palliative_volunteer_training
	add column cycle_id bigint references palliative_volunteer_cycle (id),
	add column days_attended smallint check (days_attended between 0 and 60);
create index palliative_volunteer_training_cycle_idx on palliative_volunteer_training (cycle_id);

-- Working groups of volunteers and of volunteer managers: their meetings are events of the events module (the
-- attendance is the event's headcount).
create table palliative_volunteer_group_meeting (
	id bigint generated always as identity primary key,
	kind varchar(12) not null check (kind in ('VOLUNTEERS', 'MANAGERS')),
	event_id uuid not null unique,
	held_on date not null,
	status varchar(12) not null check (status in ('HELD', 'CANCELLED'))
);
create index palliative_volunteer_group_meeting_day_idx on palliative_volunteer_group_meeting (held_on);

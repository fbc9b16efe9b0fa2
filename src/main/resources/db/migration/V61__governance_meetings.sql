-- Governance meetings: a council's or working group's meeting, or one session of a workshop or consultation series
-- (then also an event of the events module, for the public registration; referred to by id only). Attendance of
-- members per meeting; walk-ins and a headcount with its exactness beside the registrations.
create table governance_meeting (
	id uuid primary key,
	body_id uuid not null references governance_body (id),
	event_id uuid,
	title jsonb not null,
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	place text,
	status text not null check (status in ('PLANNED', 'CONVENED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED',
		'POSTPONED')),
	cancel_reason text,
	walk_ins integer not null default 0 check (walk_ins >= 0),
	headcount integer check (headcount >= 0),
	headcount_precision text check (headcount_precision in ('EXACT', 'ABOUT', 'AT_LEAST')),
	created_by text not null,
	created_at timestamptz not null default now(),
	check (ends_at > starts_at),
	check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index governance_meeting_body_idx on governance_meeting (body_id, starts_at);

create table governance_attendance (
	meeting_id uuid not null references governance_meeting (id),
	membership_id uuid not null references governance_membership (id),
	status text not null check (status in ('PRESENT', 'EXCUSED', 'ABSENT', 'REPRESENTED')),
	recorded_by text not null,
	recorded_at timestamptz not null default now(),
	primary key (meeting_id, membership_id)
);

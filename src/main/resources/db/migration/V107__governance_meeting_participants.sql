-- Other participants of a meeting, who are not members of its body (a guest at a council, a professional at a
-- consultation recorded by name), each with the category they come from: a decree category, or none (other).
-- Staff only: the public sees counts by category, never a name. Walk-ins and headcounts stay on governance_meeting.
create table governance_participant (
	id uuid primary key,
	meeting_id uuid not null references governance_meeting (id),
	person_name text not null check (length(person_name) between 1 and 200),
	organisation_name text check (length(organisation_name) <= 200),
	category text references governance_category (code),
	recorded_by text not null,
	recorded_at timestamptz not null default now()
);
create index governance_participant_meeting_idx on governance_participant (meeting_id);
create index governance_participant_category_idx on governance_participant (category);

-- Plans (issue 22): the actions of a plan, their status history and dated milestones.
create table plans_action (
	id uuid primary key,
	plan_id uuid not null references plans_plan (id) on delete cascade,
	reference text not null,
	position int not null,
	title_fr text,
	title_nl text,
	description_fr text,
	description_nl text,
	objective_code text references plans_objective (code),
	origin text not null check (origin in ('PROPOSAL', 'AUTHORITY_REQUEST', 'CONTINUING')),
	-- A governance proposal, by id; no foreign key across modules.
	origin_proposal_id uuid,
	lead_team text,
	bassins text[] not null default '{}',
	status text not null check (status in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DONE', 'PARTIAL', 'NOT_DONE', 'POSTPONED', 'STANDBY')),
	perspectives_fr text,
	perspectives_nl text,
	unique (plan_id, reference)
);
create index plans_action_objective on plans_action (objective_code);

create table plans_action_status_change (
	id bigint generated always as identity primary key,
	action_id uuid not null references plans_action (id) on delete cascade,
	from_status text,
	to_status text not null,
	changed_at timestamptz not null,
	changed_by text not null
);
create index plans_action_status_change_action on plans_action_status_change (action_id);

create table plans_milestone (
	id uuid primary key,
	action_id uuid not null references plans_action (id) on delete cascade,
	due_on date not null,
	label text not null,
	position int not null
);
create index plans_milestone_action on plans_milestone (action_id);

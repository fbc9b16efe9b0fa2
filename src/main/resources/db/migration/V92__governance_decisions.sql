-- The decisions register of the councils: each decision taken at a meeting, on an agenda item or not, its text in
-- French and Dutch, how it was taken (consensus, vote, or none recorded: the sources give no procedure, so none is
-- enforced) and the proposals it concerns. The plan actions it creates are linked by the plans module later.
create table governance_decision (
	id uuid primary key,
	council_id uuid not null references governance_body (id),
	meeting_id uuid not null references governance_meeting (id),
	agenda_item_id uuid references governance_agenda_item (id) on delete set null,
	position integer not null check (position >= 1),
	text_fr text,
	text_nl text,
	method text not null check (method in ('CONSENSUS', 'VOTE', 'NONE_RECORDED')),
	created_by text not null,
	created_at timestamptz not null default now(),
	check (coalesce(text_fr, text_nl) is not null)
);
create index governance_decision_council_idx on governance_decision (council_id);
create index governance_decision_meeting_idx on governance_decision (meeting_id, position);
create index governance_decision_agenda_item_idx on governance_decision (agenda_item_id);

create table governance_decision_proposal (
	decision_id uuid not null references governance_decision (id),
	proposal_id uuid not null references governance_proposal (id),
	primary key (decision_id, proposal_id)
);
create index governance_decision_proposal_proposal_idx on governance_decision_proposal (proposal_id);

-- Proposals carried from a synthesis item to a council, and the council's answer. Each step keeps its date, so the
-- public trace shows synthesis -> council -> meeting -> answer (-> plan action, in the plans module later).
create table governance_proposal (
	id uuid primary key,
	origin_item_id uuid not null references governance_synthesis_item (id),
	council_id uuid not null references governance_body (id),
	text_fr text,
	text_nl text,
	status text not null check (status in ('SUBMITTED', 'ON_AGENDA', 'ACCEPTED', 'ADAPTED', 'DECLINED', 'DEFERRED')),
	council_meeting_id uuid references governance_meeting (id),
	answer_fr text,
	answer_nl text,
	submitted_at timestamptz not null default now(),
	scheduled_at timestamptz,
	answered_at timestamptz,
	created_by text not null,
	check (coalesce(text_fr, text_nl) is not null),
	check (status <> 'DECLINED' or coalesce(answer_fr, answer_nl) is not null)
);
create index governance_proposal_council_idx on governance_proposal (council_id);

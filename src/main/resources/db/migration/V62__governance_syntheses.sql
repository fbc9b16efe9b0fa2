-- The one-page synthesis of a meeting: structured items (context, findings, leads, proposals), each in French and
-- Dutch, and a status per language version, so one language may be published before the other.
create table governance_synthesis (
	id uuid primary key,
	meeting_id uuid not null unique references governance_meeting (id),
	status_fr text not null default 'DRAFT' check (status_fr in ('DRAFT', 'IN_TRANSLATION', 'READY', 'PUBLISHED')),
	status_nl text not null default 'DRAFT' check (status_nl in ('DRAFT', 'IN_TRANSLATION', 'READY', 'PUBLISHED')),
	published_fr_at timestamptz,
	published_nl_at timestamptz,
	-- Participants as the meeting counted them when the first language was published.
	participants integer,
	created_by text not null,
	created_at timestamptz not null default now()
);

create table governance_synthesis_item (
	id uuid primary key,
	synthesis_id uuid not null references governance_synthesis (id),
	section text not null check (section in ('CONTEXT', 'FINDING', 'LEAD', 'PROPOSAL')),
	position integer not null,
	text_fr text,
	text_nl text,
	check (coalesce(text_fr, text_nl) is not null)
);
create index governance_synthesis_item_idx on governance_synthesis_item (synthesis_id, section, position);

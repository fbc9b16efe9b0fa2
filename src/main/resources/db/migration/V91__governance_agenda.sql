-- Governance meeting agendas: numbered items with a duration, each possibly about a proposal to the council; and the
-- convocations sent to the body's members (one row per meeting and membership, so a second sending invites only
-- those not invited yet).
create table governance_agenda_item (
	id uuid primary key,
	meeting_id uuid not null references governance_meeting (id),
	position integer not null check (position >= 1),
	title_fr text,
	title_nl text,
	minutes integer check (minutes between 1 and 600),
	proposal_id uuid references governance_proposal (id),
	created_by text not null,
	created_at timestamptz not null default now(),
	check (coalesce(title_fr, title_nl) is not null)
);
create index governance_agenda_item_meeting_idx on governance_agenda_item (meeting_id, position);
create index governance_agenda_item_proposal_idx on governance_agenda_item (proposal_id);

create table governance_invitation (
	meeting_id uuid not null references governance_meeting (id),
	membership_id uuid not null references governance_membership (id),
	email text not null,
	sent_at timestamptz not null default now(),
	sent_by text not null,
	primary key (meeting_id, membership_id)
);
create index governance_invitation_membership_idx on governance_invitation (membership_id);

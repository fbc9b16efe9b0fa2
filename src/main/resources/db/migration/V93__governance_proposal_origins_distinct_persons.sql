-- Proposals may come from elsewhere than a synthesis item: a working group (a body), an authority's request or a
-- continuing action (a short description). The origin stays required: each kind needs its own field.
alter table governance_proposal alter column origin_item_id drop not null;
alter table governance_proposal add column origin_kind text not null default 'SYNTHESIS'
	check (origin_kind in ('SYNTHESIS', 'WORKING_GROUP', 'AUTHORITY_REQUEST', 'CONTINUING_ACTION'));
alter table governance_proposal add column origin_body_id uuid references governance_body (id);
alter table governance_proposal add column origin_note text;
alter table governance_proposal add constraint governance_proposal_origin_given check (
	(origin_kind = 'SYNTHESIS' and origin_item_id is not null)
	or (origin_kind = 'WORKING_GROUP' and origin_body_id is not null)
	or (origin_kind in ('AUTHORITY_REQUEST', 'CONTINUING_ACTION') and origin_note is not null));
create index governance_proposal_origin_body_idx on governance_proposal (origin_body_id);

-- How many different persons a body's meetings reached in a year, kept apart from the attendances (three meetings of
-- 13, 14 and 16 were 32 different people), with how exact the number is.
create table governance_distinct_persons (
	body_id uuid not null references governance_body (id),
	year integer not null check (year between 2000 and 2100),
	persons integer not null check (persons >= 0),
	precision text not null check (precision in ('EXACT', 'ABOUT', 'AT_LEAST')),
	recorded_by text not null,
	recorded_at timestamptz not null default now(),
	primary key (body_id, year)
);

-- Proposal statuses of issue 19: submitted, received, under review, taken into the plan, declined, deferred, merged
-- (a merged proposal points to the proposal it was merged into). Existing rows are mapped: on the agenda -> under
-- review (a council meeting was to treat it), accepted and accepted with changes -> taken into the plan (the
-- changes stay in the council's answer), the others unchanged. A proposal also has a theme, the codes of the
-- consultation series (governance_body.theme), or none; proposals born in a consultation's synthesis take its theme.
alter table governance_proposal drop constraint governance_proposal_status_check;
update governance_proposal set status = 'UNDER_REVIEW' where status = 'ON_AGENDA';
update governance_proposal set status = 'TAKEN_INTO_PLAN' where status in ('ACCEPTED', 'ADAPTED');
alter table governance_proposal add constraint governance_proposal_status_check check (status in ('SUBMITTED',
	'RECEIVED', 'UNDER_REVIEW', 'TAKEN_INTO_PLAN', 'DECLINED', 'DEFERRED', 'MERGED'));

alter table governance_proposal add column merged_into_id uuid references governance_proposal (id);
alter table governance_proposal add constraint governance_proposal_merged_given check (
	(status = 'MERGED') = (merged_into_id is not null) and merged_into_id is distinct from id);
create index governance_proposal_merged_into_idx on governance_proposal (merged_into_id);

alter table governance_proposal add column theme text
	check (theme in ('MENTAL_HEALTH', 'PREVENTION', 'HOSPITAL_LIAISON'));
update governance_proposal p set theme = b.theme
	from governance_synthesis_item i join governance_synthesis s on s.id = i.synthesis_id
		join governance_meeting m on m.id = s.meeting_id join governance_body b on b.id = m.body_id
	where i.id = p.origin_item_id and b.theme is not null;

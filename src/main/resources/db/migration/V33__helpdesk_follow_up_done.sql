-- Follow-up actions marked done from the list of due follow-ups: when and by whom.
alter table helpdesk_follow_up add column done_at timestamptz;
alter table helpdesk_follow_up add column done_by text;
create index helpdesk_follow_up_due_idx on helpdesk_follow_up (due_on) where not done;

-- Editing the directory: staff-only notes, what each history entry was, public error reports awaiting moderation,
-- and who manages the synonyms.

-- Text only staff see (for example how to reach a shelter whose address is never published).
alter table service add column internal_note text;
alter table organization add column internal_note text;

-- registered, edited, verified: the history page says what happened, the snapshot says to what.
alter table service_history add column action text not null default 'edited'
	check (action in ('registered', 'edited', 'verified', 'imported'));
update service_history set action = 'registered';

-- The review queue looks for services not verified for a while.
create index service_last_verified_idx on service (last_verified_at nulls first) where status <> 'closed';

-- A member of the public says a service's information is wrong. Never applied to the data by itself: an editor
-- reads it, corrects the service if needed, and closes the report. The contact address is erased when the
-- report is handled.
create table service_report (
	id uuid primary key,
	service_id uuid not null references service (id) on delete cascade,
	message text not null check (length(message) between 1 and 4000),
	contact_email text,
	language text not null default 'fr',
	status text not null default 'open' check (status in ('open', 'accepted', 'rejected')),
	created_at timestamptz not null default now(),
	handled_by text,
	handled_at timestamptz
);
create index service_report_open_idx on service_report (created_at) where status = 'open';
create index service_report_service_idx on service_report (service_id);

alter table search_synonym add column created_by text;
alter table search_synonym add column created_at timestamptz not null default now();

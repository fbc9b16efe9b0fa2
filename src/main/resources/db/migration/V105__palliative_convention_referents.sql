-- The referent persons of a nursing home for palliative care under a convention: professionals, who may be named
-- (name and function; e-mail and phone optional). Shown and edited on the convention's page; changes are audited.
create table palliative_convention_referent (
	id bigint generated always as identity primary key,
	convention_id bigint not null references palliative_convention (id) on delete cascade,
	name varchar(120) not null check (btrim(name) <> ''),
	job_title varchar(120) not null check (btrim(job_title) <> ''),
	email varchar(254),
	phone varchar(40),
	version integer not null default 0
);
create index palliative_convention_referent_idx on palliative_convention_referent (convention_id, id);

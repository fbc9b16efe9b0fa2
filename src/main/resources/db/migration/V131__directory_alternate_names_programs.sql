-- Alternate names and programs of HSDS 3.1 (issue 17): a service's and an organisation's alternate_name (an acronym,
-- the name in the other language: "SSM Le Méridien" / "CGG ..."), which people type and the search finds with the
-- names' boosts, and the program table (collections of related services of one organisation; service.program_id),
-- whose name the search reads with the descriptions. Written by editors (alternate names) and by the import.
alter table service add column alternate_name text
	check (alternate_name <> '' and char_length(alternate_name) <= 500);
alter table organization add column alternate_name text
	check (alternate_name <> '' and char_length(alternate_name) <= 500);

create table program (
	id uuid primary key,
	organization_id uuid not null references organization (id) on delete cascade,
	name text not null check (name <> '' and char_length(name) <= 500),
	alternate_name text check (alternate_name <> '' and char_length(alternate_name) <= 500),
	description text not null default '',
	last_modified timestamptz not null default now()
);
create index program_organization_idx on program (organization_id);

alter table service add column program_id uuid references program (id) on delete set null;
create index service_program_idx on service (program_id) where program_id is not null;

-- The change log (V50): a service's own alternate name and program are columns of its row, and an organisation's
-- alternate name one of the organisation's row, which the triggers of V50 (and the import's own log, V119) already
-- list. A program renamed lists the services of that program and raises the directory's version; an update that
-- changes no name lists nothing.
create function directory_change_program() returns trigger
language plpgsql as $$
begin
	insert into directory_change (service_id)
	select s.id from service s
	join changed_new n on n.id = s.program_id
	join changed_old o on o.id = n.id
	where n.name is distinct from o.name;
	return null;
end
$$;

create trigger program_change_update after update on program
	referencing new table as changed_new old table as changed_old
	for each statement execute function directory_change_program();

create constraint trigger program_version after update on program
	deferrable initially deferred for each row
	when (old.name is distinct from new.name)
	execute function directory_version_raise();

-- The names of a package's own taxonomy terms are searched as theme labels (issue 17, session 14): a term renamed or
-- moved under another parent (a package imported again) lists in the change log the services that carry it or one of
-- its children, and raises the directory's version, so that every instance indexes them again. An update that
-- changes neither (the import writes every term of a package again) lists nothing.
create function directory_change_package_term() returns trigger
language plpgsql as $$
begin
	insert into directory_change (service_id)
	with recursive renamed (id) as (
		select n.id from changed_new n join changed_old o on o.id = n.id
		where n.name is distinct from o.name or n.parent_id is distinct from o.parent_id
		union
		select t.id from package_term t join renamed r on t.parent_id = r.id)
	select distinct spt.service_id from service_package_term spt join renamed r on r.id = spt.term_id;
	return null;
end
$$;

create trigger package_term_change_update after update on package_term
	referencing new table as changed_new old table as changed_old
	for each statement execute function directory_change_package_term();

create constraint trigger package_term_version after update on package_term
	deferrable initially deferred for each row
	when (old.name is distinct from new.name or old.parent_id is distinct from new.parent_id)
	execute function directory_version_raise();

-- The directory's version: one number that every transaction changing what a search reads raises once,
-- committed together with the change. The application keeps search results keyed by the version they were
-- computed from (SearchCache), so that a result is never served once the directory has changed, whichever
-- instance or import changed it.
--
-- The row is updated by the change's transaction itself (not by a sequence): a reader that sees the new number
-- also sees the change, and a change that is rolled back leaves the number as it was. The triggers are deferred to
-- the commit, so the row is locked only from then to the end of the commit: imports and editors running side by
-- side are not made to wait for each other's whole transaction.
create table directory_version (
	id boolean primary key default true check (id),
	version bigint not null
);
insert into directory_version (version) values (1);

create function directory_version_raise() returns trigger
language plpgsql as $$
begin
	-- Once per transaction: a transaction-local setting remembers that it was raised.
	if current_setting('maillage.directory_version_raised', true) is distinct from 'yes' then
		update directory_version set version = version + 1;
		perform set_config('maillage.directory_version_raised', 'yes', true);
	end if;
	return null;
end
$$;

-- Every table a search reads (search_word is written by service's own trigger). TRUNCATE has no row to defer.
do $$
declare
	changed text;
begin
	foreach changed in array array['organization', 'taxonomy', 'taxonomy_term', 'service', 'service_taxonomy',
			'location', 'service_at_location', 'schedule', 'search_synonym'] loop
		execute format('create constraint trigger %I after insert or update or delete on %I'
			' deferrable initially deferred for each row execute function directory_version_raise()',
			changed || '_version', changed);
		execute format('create trigger %I after truncate on %I for each statement'
			' execute function directory_version_raise()', changed || '_version_truncate', changed);
	end loop;
end
$$;

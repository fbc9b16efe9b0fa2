-- A bulk path for the directory's change log (issue 17): an import that writes 100,000 services made the triggers of
-- V44 and V50 queue one deferred version event per row written (about 400,000, fired one by one at the commit),
-- write four change-log rows per service (service, hours, places, themes) and then stamp every one of them with an
-- UPDATE at the commit. During its bulk statements the import now sets the transaction-local setting
-- maillage.bulk_change to 'on': the row triggers below queue nothing and the change-log functions write nothing.
-- The import then raises the version once itself (directory_version_raise_now) and writes one change-log row per
-- service it wrote, already stamped with that version. The log says the same services as before, so every instance
-- brings its index up to date exactly as before.

-- The change log's statement triggers: nothing while the import writes in bulk (it logs its services itself).
create or replace function directory_change_rows() returns trigger
language plpgsql as $$
begin
	if current_setting('maillage.bulk_change', true) = 'on' then
		return null;
	end if;
	if TG_OP in ('INSERT', 'UPDATE') then
		execute format('insert into directory_change (service_id) select distinct %I from changed_new', TG_ARGV[0]);
	end if;
	if TG_OP in ('UPDATE', 'DELETE') then
		execute format('insert into directory_change (service_id) select distinct %I from changed_old', TG_ARGV[0]);
	end if;
	return null;
end
$$;

-- The version's row triggers of the tables the import writes in bulk: not queued while it does (the condition of a
-- deferred constraint trigger is evaluated when the row is written, not at the commit).
do $$
declare
	changed text;
begin
	foreach changed in array array['service', 'service_taxonomy', 'service_at_location', 'schedule'] loop
		execute format('drop trigger %I on %I', changed || '_version', changed);
		execute format('create constraint trigger %I after insert or update or delete on %I'
			' deferrable initially deferred for each row'
			' when (current_setting(''maillage.bulk_change'', true) is distinct from ''on'')'
			' execute function directory_version_raise()', changed || '_version', changed);
	end loop;
end
$$;

-- Raises the directory's version now and stamps this transaction's change-log rows written so far; returns the new
-- version, with which the import writes its own rows. Unlike the deferred trigger it does not mark the transaction as
-- raised: a change written after it still raises the version again at the commit and is stamped then.
create function directory_version_raise_now() returns bigint
language plpgsql as $$
declare
	raised bigint;
begin
	update directory_version set version = version + 1 returning version into raised;
	update directory_change set version = raised where version is null and xid = pg_current_xact_id();
	return raised;
end
$$;

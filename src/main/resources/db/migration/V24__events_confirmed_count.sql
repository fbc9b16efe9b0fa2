-- Places taken, kept on the event row, so that a registration decides whether it has a
-- place in the one statement that writes it (the event row is locked there and the count
-- is read after the lock): registrations for one event then queue only for that
-- statement and the commit, not for a count of the registrations.
alter table event add column confirmed_count int not null default 0;

update event e set confirmed_count = (
	select count(*) from event_registration r where r.event_id = e.id and r.status = 'CONFIRMED');

create function event_registration_confirmed_count() returns trigger language plpgsql as $$
begin
	if tg_op = 'UPDATE' and old.status = new.status and old.event_id = new.event_id then
		return null;
	end if;
	if tg_op in ('UPDATE', 'DELETE') and old.status = 'CONFIRMED' then
		update event set confirmed_count = confirmed_count - 1 where id = old.event_id;
	end if;
	if tg_op in ('INSERT', 'UPDATE') and new.status = 'CONFIRMED' then
		update event set confirmed_count = confirmed_count + 1 where id = new.event_id;
	end if;
	return null;
end
$$;

create trigger event_registration_confirmed_count
	after insert or delete or update of status, event_id on event_registration
	for each row execute function event_registration_confirmed_count();

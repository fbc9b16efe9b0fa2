-- Providers' statements: per provider and month or quarter, lines (validated prestations and fee lines for
-- communities of practice and concertation organisers, each referring to an event), a total and the steps
-- draft → sent → approved → paid. Once approved, a statement's lines and total can no longer change: the
-- service refuses it, and these triggers refuse it in the database too. No free-text column (CareSchemaTests).

create table care_statement (
	id bigint generated always as identity primary key,
	provider_id bigint not null references care_provider (id),
	period_kind varchar(8) not null check (period_kind in ('MONTH', 'QUARTER')),
	period_start date not null,
	period_end date not null,
	status varchar(10) not null check (status in ('DRAFT', 'SENT', 'APPROVED', 'PAID')),
	total numeric(12, 2) not null default 0 check (total >= 0),
	sent_on date,
	approved_on date,
	paid_on date,
	payment_reference varchar(32) check (payment_reference ~ '^[A-Za-z0-9][A-Za-z0-9 /.+-]{0,31}$'),
	version integer not null default 0,
	unique (provider_id, period_start, period_end),
	check (period_end >= period_start),
	check ((status = 'PAID') = (paid_on is not null and payment_reference is not null)),
	check (status in ('DRAFT', 'SENT') or approved_on is not null)
);
create index care_statement_status_idx on care_statement (status, paid_on);

create table care_statement_line (
	id bigint generated always as identity primary key,
	statement_id bigint not null references care_statement (id) on delete cascade,
	kind varchar(24) not null check (kind in ('CASE_MANAGEMENT', 'OCCUPATIONAL_THERAPY', 'PSYCHOLOGY',
		'COMMUNITY_OF_PRACTICE', 'CONCERTATION_ORGANISER')),
	prestation_id bigint unique references care_prestation (id),
	event_id uuid,
	line_on date not null,
	units integer not null check (units > 0 and units <= 99),
	tariff numeric(10, 2) not null check (tariff > 0),
	amount numeric(12, 2) not null check (amount = units * tariff),
	-- a prestation line refers to its prestation, a fee line to its event
	check ((prestation_id is not null and event_id is null
			and kind in ('CASE_MANAGEMENT', 'OCCUPATIONAL_THERAPY', 'PSYCHOLOGY'))
		or (prestation_id is null and event_id is not null
			and kind in ('COMMUNITY_OF_PRACTICE', 'CONCERTATION_ORGANISER')))
);
create index care_statement_line_statement_idx on care_statement_line (statement_id);

alter table care_prestation add constraint care_prestation_statement_fk
	foreign key (statement_id) references care_statement (id);

create function care_statement_frozen(statement bigint) returns boolean language sql stable as $$
	select coalesce((select status in ('APPROVED', 'PAID') from care_statement where id = statement), false)
$$;

create function care_statement_line_guard() returns trigger language plpgsql as $$
begin
	if (tg_op <> 'INSERT' and care_statement_frozen(old.statement_id))
			or (tg_op <> 'DELETE' and care_statement_frozen(new.statement_id)) then
		raise exception 'care statement is approved: its lines can no longer change' using errcode = '55000';
	end if;
	return coalesce(new, old);
end $$;
create trigger care_statement_line_guard before insert or update or delete on care_statement_line
	for each row execute function care_statement_line_guard();

create function care_statement_guard() returns trigger language plpgsql as $$
begin
	if tg_op = 'DELETE' then
		if old.status in ('APPROVED', 'PAID') then
			raise exception 'care statement is approved: it can no longer be deleted' using errcode = '55000';
		end if;
		return old;
	end if;
	if old.status in ('APPROVED', 'PAID') and (new.total <> old.total or new.provider_id <> old.provider_id
			or new.period_start <> old.period_start or new.period_end <> old.period_end
			or new.status not in ('APPROVED', 'PAID') or (old.status = 'PAID' and new.status <> 'PAID')) then
		raise exception 'care statement is approved: its lines and total can no longer change' using errcode = '55000';
	end if;
	return new;
end $$;
create trigger care_statement_guard before update or delete on care_statement
	for each row execute function care_statement_guard();

-- A prestation on an approved statement keeps its amount and its statement (it may only become paid).
create function care_prestation_guard() returns trigger language plpgsql as $$
begin
	if old.statement_id is not null and care_statement_frozen(old.statement_id)
			and (new.statement_id is distinct from old.statement_id or new.amount <> old.amount
				or new.units <> old.units or new.tariff <> old.tariff or new.status not in ('ON_STATEMENT', 'PAID')) then
		raise exception 'care prestation is on an approved statement: it can no longer change' using errcode = '55000';
	end if;
	return new;
end $$;
create trigger care_prestation_guard before update on care_prestation
	for each row execute function care_prestation_guard();

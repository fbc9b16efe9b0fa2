-- Case management ("Protocole 3"), private by design: a case is a random code and coarse categories (programme,
-- bassin, dates, statuses), never a name, an address, a birth date, a diagnosis or a note. No column of the case
-- and prestation tables holds free text: every character column is a bounded code checked against its list or
-- pattern (CareSchemaTests reads the schema). Providers are professionals and may be named.

-- The care-coordination team and the finance team (payments to providers) join identity's teams.
alter table team drop constraint team_territory_check;
alter table team add constraint team_territory_check check (territory in ('REGION', 'NORD', 'NORD_EST', 'SUD',
	'SUD_EST', 'CENTRE_OUEST', 'PALLIATIVE', 'CARE_COORDINATION', 'FINANCE'));
insert into team (code, name, territory) values
	('CARE_COORDINATION', '{"fr": "Coordination des soins (case management)", "nl": "Zorgcoördinatie (casemanagement)", "en": "Care coordination (case management)"}', 'CARE_COORDINATION'),
	('FINANCE', '{"fr": "Finances", "nl": "Financiën", "en": "Finance"}', 'FINANCE');

-- The programmes a case belongs to (data).
create table care_programme (
	code varchar(32) primary key check (code ~ '^[A-Z0-9_]{2,32}$'),
	name jsonb not null,
	position integer not null default 0,
	active boolean not null default true
);
insert into care_programme (code, name, position) values
	('PROTOCOL_3', '{"fr": "Protocole 3 – case management", "nl": "Protocol 3 – casemanagement", "en": "Protocol 3 – case management"}', 1),
	('VULNERABLE_PUBLICS', '{"fr": "Publics vulnérables", "nl": "Kwetsbare doelgroepen", "en": "Vulnerable publics"}', 2);

create table care_case (
	id bigint generated always as identity primary key,
	code varchar(9) not null unique check (code ~ '^CM-[2-9A-HJ-NP-Z]{6}$'),
	programme varchar(32) not null references care_programme (code) check (programme ~ '^[A-Z0-9_]{2,32}$'),
	bassin varchar(16) not null check (bassin in ('NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST')),
	status varchar(12) not null check (status in ('REFERRED', 'ACTIVE', 'CLOSED', 'CANCELLED')),
	closure varchar(24) check (closure in ('GOALS_REACHED', 'MOVED_TO_INSTITUTION', 'DECEASED', 'WITHDREW',
		'HANDED_OVER', 'OTHER')),
	referred_on date not null,
	-- the first day it was active, and the day it was closed or cancelled
	started_on date,
	ended_on date,
	version integer not null default 0,
	check ((closure is null) = (status <> 'CLOSED')),
	check (started_on is null or started_on >= referred_on),
	check (ended_on is null or ended_on >= referred_on)
);
create index care_case_period_idx on care_case (started_on, ended_on);

create table care_case_status (
	id bigint generated always as identity primary key,
	case_id bigint not null references care_case (id) on delete cascade,
	status varchar(12) not null check (status in ('REFERRED', 'ACTIVE', 'CLOSED', 'CANCELLED')),
	closure varchar(24) check (closure in ('GOALS_REACHED', 'MOVED_TO_INSTITUTION', 'DECEASED', 'WITHDREW',
		'HANDED_OVER', 'OTHER')),
	changed_on date not null,
	recorded_by bigint,
	recorded_at timestamptz not null default now()
);
create index care_case_status_idx on care_case_status (case_id, id);

-- Field providers paid by the organisation: a directory organisation or a named professional.
create table care_provider (
	id bigint generated always as identity primary key,
	organisation_id uuid,
	name varchar(160) not null check (btrim(name) <> ''),
	profession varchar(24) not null check (profession in ('CASE_MANAGER', 'OCCUPATIONAL_THERAPIST', 'PSYCHOLOGIST',
		'NURSE', 'SOCIAL_WORKER', 'CONCERTATION_ORGANISER', 'OTHER')),
	nihii varchar(11) not null unique check (nihii ~ '^[0-9]{11}$'),
	iban varchar(34) not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
	agreement_on date,
	active boolean not null default true,
	version integer not null default 0
);

-- Who works on a case; an ended role stays (ends_on set).
create table care_case_role (
	id bigint generated always as identity primary key,
	case_id bigint not null references care_case (id) on delete cascade,
	provider_id bigint not null references care_provider (id),
	role varchar(24) not null check (role in ('CASE_MANAGER', 'OCCUPATIONAL_THERAPIST', 'PSYCHOLOGIST')),
	starts_on date not null,
	ends_on date,
	check (ends_on is null or ends_on >= starts_on)
);
create index care_case_role_case_idx on care_case_role (case_id);
create index care_case_role_provider_idx on care_case_role (provider_id);

-- Tariff of a service type from a day on: a prestation keeps the tariff of its day.
create table care_tariff (
	id bigint generated always as identity primary key,
	service_type varchar(24) not null check (service_type in ('CASE_MANAGEMENT', 'OCCUPATIONAL_THERAPY', 'PSYCHOLOGY')),
	valid_from date not null,
	amount numeric(10, 2) not null check (amount > 0),
	unique (service_type, valid_from)
);
insert into care_tariff (service_type, valid_from, amount) values
	('CASE_MANAGEMENT', '2015-01-01', 40.00),
	('OCCUPATIONAL_THERAPY', '2015-01-01', 30.00),
	('PSYCHOLOGY', '2015-01-01', 45.00);

create table care_prestation (
	id bigint generated always as identity primary key,
	case_id bigint not null references care_case (id),
	provider_id bigint not null references care_provider (id),
	service_type varchar(24) not null check (service_type in ('CASE_MANAGEMENT', 'OCCUPATIONAL_THERAPY', 'PSYCHOLOGY')),
	performed_on date not null,
	units integer not null check (units > 0 and units <= 99),
	tariff numeric(10, 2) not null check (tariff > 0),
	amount numeric(12, 2) not null check (amount = units * tariff),
	status varchar(12) not null check (status in ('RECORDED', 'VALIDATED', 'ON_STATEMENT', 'PAID', 'REJECTED',
		'CANCELLED')),
	reject_reason varchar(24) check (reject_reason in ('DUPLICATE', 'NOT_COVERED', 'OUTSIDE_CASE_PERIOD',
		'MISSING_AGREEMENT', 'OTHER')),
	statement_id bigint,
	recorded_by bigint,
	recorded_at timestamptz not null default now(),
	version integer not null default 0,
	check ((reject_reason is null) = (status <> 'REJECTED')),
	check ((statement_id is null) = (status not in ('ON_STATEMENT', 'PAID')))
);
-- A prestation entered twice is refused (a cancelled or rejected one may be entered again).
create unique index care_prestation_once_uk on care_prestation (provider_id, case_id, performed_on, service_type)
	where status not in ('CANCELLED', 'REJECTED');
create index care_prestation_case_idx on care_prestation (case_id, performed_on);
create index care_prestation_day_idx on care_prestation (performed_on);
create index care_prestation_statement_idx on care_prestation (statement_id);
create index care_prestation_provider_idx on care_prestation (provider_id, performed_on);
create index care_case_programme_idx on care_case (programme);

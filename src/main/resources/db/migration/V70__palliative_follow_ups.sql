-- Psychological follow-ups of the palliative platform, private by design: a random code and coarse categories,
-- never a name, an address, a birth date, a diagnosis or a note. No column of these tables holds free text: every
-- character column is a bounded code checked against its list or pattern (PalliativeSchemaTests reads the schema).

-- The second-line palliative teams that refer people (data, managed by the platform).
create table palliative_referring_team (
	code varchar(32) primary key check (code ~ '^[A-Z0-9_]{2,32}$'),
	name jsonb not null,
	position integer not null default 0,
	active boolean not null default true
);

-- The platform's psychologists (professionals may be named).
create table palliative_psychologist (
	id bigint generated always as identity primary key,
	name varchar(120) not null check (btrim(name) <> ''),
	active boolean not null default true
);

create table palliative_follow_up (
	id bigint generated always as identity primary key,
	code varchar(10) not null unique check (code ~ '^PSY-[2-9A-HJ-NP-Z]{6}$'),
	kind varchar(12) not null check (kind in ('INDIVIDUAL', 'TEAM', 'GROUP')),
	person_category varchar(20) not null check (person_category in ('PATIENT', 'RELATIVE', 'PROFESSIONAL', 'INSTITUTION_TEAM')),
	setting varchar(16) not null check (setting in ('HOME', 'NURSING_HOME', 'HOSPITAL')),
	bassin varchar(16) not null check (bassin in ('NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST')),
	referring_team varchar(32) references palliative_referring_team (code) check (referring_team ~ '^[A-Z0-9_]{2,32}$'),
	reason varchar(24) check (reason in ('EUTHANASIA', 'DEATH_OF_RESIDENT', 'CRISIS_IN_TEAM', 'OTHER')),
	participants integer check (participants between 0 and 999),
	psychologist_id bigint references palliative_psychologist (id),
	status varchar(16) not null check (status in ('REFERRED', 'ACTIVE', 'ON_HOLD', 'CLOSED', 'CANCELLED', 'ENTERED_IN_ERROR')),
	referred_on date not null,
	-- the first day it was active, and the day it was closed or cancelled
	started_on date,
	ended_on date,
	version integer not null default 0,
	check (reason is null or kind = 'TEAM'),
	check (started_on is null or started_on >= referred_on),
	check (ended_on is null or ended_on >= referred_on)
);
create index palliative_follow_up_period_idx on palliative_follow_up (started_on, ended_on);

create table palliative_follow_up_status (
	id bigint generated always as identity primary key,
	follow_up_id bigint not null references palliative_follow_up (id) on delete cascade,
	status varchar(16) not null check (status in ('REFERRED', 'ACTIVE', 'ON_HOLD', 'CLOSED', 'CANCELLED', 'ENTERED_IN_ERROR')),
	changed_on date not null,
	recorded_by bigint,
	recorded_at timestamptz not null default now()
);
create index palliative_follow_up_status_idx on palliative_follow_up_status (follow_up_id, id);

create table palliative_visit (
	id bigint generated always as identity primary key,
	follow_up_id bigint not null references palliative_follow_up (id) on delete cascade,
	visit_on date not null,
	mode varchar(12) not null check (mode in ('IN_PERSON', 'HOME', 'PHONE', 'VIDEO')),
	status varchar(28) not null check (status in ('PLANNED', 'HELD', 'CANCELLED_BY_PERSON', 'CANCELLED_BY_PSYCHOLOGIST', 'NO_SHOW')),
	version integer not null default 0
);
create index palliative_visit_follow_up_idx on palliative_visit (follow_up_id, visit_on);
create index palliative_visit_day_idx on palliative_visit (visit_on);

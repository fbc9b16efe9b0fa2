-- The helpdesk: orientation lines, the requests they receive, permanences and the respondent's guide.
-- Requests hold no beneficiary name; free text (summary, unmet-need reason, e-mail fields) is erased after the
-- retention period while the coded fields stay for statistics.

create table helpdesk_line (
	code text primary key,
	territory text not null,
	bassin text,
	phone text,
	email text,
	state text not null default 'ACTIVE' check (state in ('ACTIVE', 'PHASING_OUT')),
	position integer not null default 0
);

-- Opening hours per weekday (1 = Monday), and closed days (public holidays, ...).
create table helpdesk_line_hours (
	line_code text not null references helpdesk_line (code),
	day_of_week integer not null check (day_of_week between 1 and 7),
	opens time not null,
	closes time not null check (closes > opens),
	primary key (line_code, day_of_week)
);

create table helpdesk_line_closure (
	line_code text not null references helpdesk_line (code),
	closed_on date not null,
	reason text not null,
	primary key (line_code, closed_on)
);

insert into helpdesk_line (code, territory, bassin, phone, email, state, position) values
	('REGION', 'REGION', null, '02 000 00 00', 'helpdesk@maillage.brussels', 'PHASING_OUT', 0),
	('NORD', 'NORD', 'NORD', '02 000 00 01', 'helpdesk.nord@maillage.brussels', 'ACTIVE', 1),
	('NORD_EST', 'NORD_EST', 'NORD_EST', '02 000 00 02', 'helpdesk.nord-est@maillage.brussels', 'ACTIVE', 2),
	('SUD', 'SUD', 'SUD', '02 000 00 03', 'helpdesk.sud@maillage.brussels', 'ACTIVE', 3),
	('SUD_EST', 'SUD_EST', 'SUD_EST', '02 000 00 04', 'helpdesk.sud-est@maillage.brussels', 'ACTIVE', 4),
	('CENTRE_OUEST', 'CENTRE_OUEST', 'CENTRE_OUEST', '02 000 00 05', 'helpdesk.centre-ouest@maillage.brussels', 'ACTIVE', 5);

insert into helpdesk_line_hours (line_code, day_of_week, opens, closes)
select code, day, time '09:00', time '17:00' from helpdesk_line, generate_series(1, 5) as day;

-- Belgian public holidays of 2026 and 2027 (and 15 November, Day of the German-speaking Community, is not one here).
insert into helpdesk_line_closure (line_code, closed_on, reason)
select code, day, reason from helpdesk_line, (values
	(date '2026-01-01', 'Nouvel An / Nieuwjaar'), (date '2026-04-06', 'Lundi de Pâques / Paasmaandag'),
	(date '2026-05-01', 'Fête du travail / Dag van de arbeid'), (date '2026-05-14', 'Ascension / Hemelvaart'),
	(date '2026-05-25', 'Lundi de Pentecôte / Pinkstermaandag'), (date '2026-07-21', 'Fête nationale / Nationale feestdag'),
	(date '2026-08-15', 'Assomption / O.-L.-V.-Hemelvaart'), (date '2026-11-01', 'Toussaint / Allerheiligen'),
	(date '2026-11-11', 'Armistice / Wapenstilstand'), (date '2026-12-25', 'Noël / Kerstmis'),
	(date '2027-01-01', 'Nouvel An / Nieuwjaar'), (date '2027-03-29', 'Lundi de Pâques / Paasmaandag'),
	(date '2027-05-01', 'Fête du travail / Dag van de arbeid'), (date '2027-05-06', 'Ascension / Hemelvaart'),
	(date '2027-05-17', 'Lundi de Pentecôte / Pinkstermaandag'), (date '2027-07-21', 'Fête nationale / Nationale feestdag'),
	(date '2027-08-15', 'Assomption / O.-L.-V.-Hemelvaart'), (date '2027-11-01', 'Toussaint / Allerheiligen'),
	(date '2027-11-11', 'Armistice / Wapenstilstand'), (date '2027-12-25', 'Noël / Kerstmis')
) as holiday (day, reason);

create table helpdesk_request (
	id bigserial primary key,
	received_at timestamptz not null,
	channel text not null check (channel in ('PHONE', 'EMAIL', 'ON_SITE', 'OTHER')),
	line_code text references helpdesk_line (code),
	profession text,
	organisation_type text,
	organisation_id uuid,
	postcode text,
	commune_nis text,
	bassin text,
	quartier text,
	kind text check (kind in ('INFORMATION', 'COMPLEX')),
	summary text,
	unmet_need boolean not null default false,
	unmet_reason text,
	status text not null check (status in ('DRAFT', 'OPEN', 'WAITING', 'CLOSED')),
	respondent_id bigint,
	respondent text,
	minutes_spent integer check (minutes_spent >= 0),
	caller_email text,
	email_subject text,
	email_message_id text unique,
	erased_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index helpdesk_request_received_idx on helpdesk_request (received_at);
create index helpdesk_request_line_idx on helpdesk_request (line_code, received_at);

create table helpdesk_request_theme (
	request_id bigint not null references helpdesk_request (id) on delete cascade,
	theme_code text not null,
	primary key (request_id, theme_code)
);
create index helpdesk_request_theme_code_idx on helpdesk_request_theme (theme_code, request_id);

create table helpdesk_orientation (
	request_id bigint not null references helpdesk_request (id) on delete cascade,
	service_id uuid not null,
	service_name text not null,
	primary key (request_id, service_id)
);
create index helpdesk_orientation_service_idx on helpdesk_orientation (service_id);

create table helpdesk_follow_up (
	id bigserial primary key,
	request_id bigint not null references helpdesk_request (id) on delete cascade,
	action text not null,
	due_on date not null,
	done boolean not null default false
);

create table helpdesk_transfer (
	id bigserial primary key,
	request_id bigint not null references helpdesk_request (id) on delete cascade,
	from_line text references helpdesk_line (code),
	to_line text not null references helpdesk_line (code),
	transferred_at timestamptz not null default now(),
	transferred_by text not null,
	reason text
);

-- Permanences: one respondent per line and half-day.
create table helpdesk_shift (
	id bigserial primary key,
	line_code text not null references helpdesk_line (code),
	day date not null,
	half text not null check (half in ('AM', 'PM')),
	user_id bigint not null,
	user_name text not null,
	user_email text not null,
	unique (line_code, day, half)
);
create index helpdesk_shift_user_idx on helpdesk_shift (user_id, day);

-- A swap proposed by the holder of a shift to a colleague, who accepts it.
create table helpdesk_shift_swap (
	id bigserial primary key,
	shift_id bigint not null references helpdesk_shift (id) on delete cascade,
	from_user_id bigint not null,
	to_user_id bigint not null,
	to_user_name text not null,
	to_user_email text not null,
	status text not null default 'PROPOSED' check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED')),
	created_at timestamptz not null default now()
);

-- Secret of each person's calendar feed (only its hash is kept).
create table helpdesk_calendar_token (
	user_id bigint primary key,
	token_hash text not null unique,
	created_at timestamptz not null default now()
);

-- The respondent's guide: pages in French and Dutch.
create table helpdesk_guide_page (
	id bigserial primary key,
	position integer not null default 0,
	title_fr text not null,
	title_nl text not null,
	body_fr text not null,
	body_nl text not null,
	updated_at timestamptz not null default now(),
	updated_by text
);

-- The last reading of each line's mailbox, shown to coordinators.
create table helpdesk_mailbox_status (
	line_code text primary key references helpdesk_line (code),
	checked_at timestamptz not null,
	reachable boolean not null,
	error text,
	messages_read integer not null default 0
);

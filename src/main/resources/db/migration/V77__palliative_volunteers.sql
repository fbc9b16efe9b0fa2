-- Volunteer candidates of the palliative platform. The contact details (name, e-mail, phone) are the only personal
-- data: a scheduled job erases them a set time after the decision (maillage.palliative.volunteer-retention) and keeps
-- the anonymised row, so that the year's counts stay true.
create table palliative_volunteer_candidate (
	id bigint generated always as identity primary key,
	full_name varchar(200),
	email varchar(254),
	phone varchar(40),
	language varchar(8) not null check (language in ('FR', 'NL', 'EN', 'OTHER')),
	source varchar(16) not null check (source in ('WEBSITE', 'EVENT', 'PARTNER', 'WORD_OF_MOUTH', 'OTHER')),
	applied_on date not null,
	decided_on date,
	erased_on date,
	check ((erased_on is null and full_name is not null and (email is not null or phone is not null))
		or (erased_on is not null and full_name is null and email is null and phone is null))
);

-- The motivational interview: a date, the staff account who held it and the outcome only; never a note.
create table palliative_volunteer_interview (
	id bigint generated always as identity primary key,
	candidate_id bigint not null unique references palliative_volunteer_candidate (id) on delete cascade,
	held_on date not null,
	interviewer_id bigint not null, -- an account of identity (no foreign key across modules)
	outcome varchar(16) not null check (outcome in ('ADMITTED', 'REDIRECTED', 'DECLINED', 'WITHDREW'))
);
create index palliative_volunteer_interview_interviewer_idx on palliative_volunteer_interview (interviewer_id);

-- Enrolment of an admitted candidate in a training cycle (its name and year) and how it ended.
create table palliative_volunteer_training (
	id bigint generated always as identity primary key,
	candidate_id bigint not null unique references palliative_volunteer_candidate (id) on delete cascade,
	cycle_name varchar(80) not null check (btrim(cycle_name) <> ''),
	cycle_year smallint not null check (cycle_year between 2000 and 2100),
	status varchar(16) not null check (status in ('ENROLLED', 'TRAINED', 'DROPPED_OUT'))
);

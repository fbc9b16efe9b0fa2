-- Conventions of the palliative platform with nursing homes (MR/MRS): the institution is a directory organisation,
-- its bassin comes from its address; every step is dated; the signed PDF is kept for the team.
create table palliative_convention (
	id bigint generated always as identity primary key,
	organization_id uuid not null,
	institution_name varchar(200) not null,
	institution_kind varchar(8) not null check (institution_kind in ('MR', 'MRS', 'MR_MRS')),
	bassin varchar(16) check (bassin in ('NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST')),
	template_version varchar(16) not null check (btrim(template_version) <> ''),
	status varchar(16) not null check (status in ('IDENTIFIED', 'PRESENTED', 'SENT', 'SIGNED', 'RENEWAL_DUE',
		'SUPERSEDED', 'ENDED', 'DECLINED')),
	identified_on date not null,
	presented_on date,
	sent_on date,
	signed_on date,
	ended_on date,
	valid_until date,
	signatories varchar(300),
	pdf bytea,
	pdf_name varchar(200),
	version integer not null default 0,
	check (status not in ('SIGNED', 'RENEWAL_DUE') or (signed_on is not null and pdf is not null))
);
create index palliative_convention_organization_idx on palliative_convention (organization_id);

create table palliative_convention_step (
	id bigint generated always as identity primary key,
	convention_id bigint not null references palliative_convention (id) on delete cascade,
	status varchar(16) not null,
	step_on date not null,
	recorded_by bigint,
	recorded_at timestamptz not null default now()
);
create index palliative_convention_step_idx on palliative_convention_step (convention_id, id);

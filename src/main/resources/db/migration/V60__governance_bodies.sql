-- Governance: the participative bodies (councils, working groups, series of open workshops and consultations), the
-- categories a council must invite (as data, with their legal reference) and memberships per calendar year.
-- Territories are bassin codes of the territory module or REGION; organisations are directory ids (no foreign key
-- across modules).
create table governance_category (
	code text primary key,
	body_kind text not null check (body_kind in ('BASSIN_COUNCIL', 'REGIONAL_COUNCIL')),
	position integer not null,
	name jsonb not null,
	legal_reference text not null
);

create table governance_body (
	id uuid primary key,
	code text not null unique,
	kind text not null check (kind in ('BASSIN_COUNCIL', 'REGIONAL_COUNCIL', 'WORKING_GROUP', 'WORKSHOP_SERIES',
		'CONSULTATION_SERIES')),
	territory text not null,
	theme text check (theme in ('MENTAL_HEALTH', 'PREVENTION', 'HOSPITAL_LIAISON')),
	name jsonb not null,
	created_by text not null,
	created_at timestamptz not null default now(),
	check ((kind = 'CONSULTATION_SERIES') = (theme is not null))
);

-- One row per person, body and calendar year: a new year is a new row, so past years are never overwritten.
create table governance_membership (
	id uuid primary key,
	body_id uuid not null references governance_body (id),
	year integer not null check (year between 2020 and 2100),
	person_name text not null,
	email text,
	organisation_id uuid,
	organisation_name text,
	category text references governance_category (code),
	role text not null check (role in ('CHAIR', 'SECRETARY', 'MEMBER', 'SUBSTITUTE', 'OBSERVER')),
	member_type text not null check (member_type in ('PROFESSIONAL', 'CITIZEN')),
	status text not null check (status in ('INVITED', 'ACCEPTED', 'ACTIVE', 'ENDED', 'DECLINED')),
	starts_on date not null,
	ends_on date,
	charter_version text,
	renewed_from uuid references governance_membership (id),
	created_at timestamptz not null default now(),
	check (ends_on is null or ends_on >= starts_on),
	check (extract(year from starts_on) = year)
);
create index governance_membership_body_year_idx on governance_membership (body_id, year);

-- Every change of a membership, as it was after the change: who changed what, when.
create table governance_membership_change (
	id bigserial primary key,
	membership_id uuid not null references governance_membership (id),
	changed_at timestamptz not null default now(),
	changed_by text not null,
	status text not null,
	role text not null,
	ends_on date,
	note text
);
create index governance_membership_change_idx on governance_membership_change (membership_id, changed_at);

insert into governance_category (code, body_kind, position, name, legal_reference) values
('GP', 'BASSIN_COUNCIL', 1, '{"fr":"Médecins généralistes","nl":"Huisartsen","en":"General practitioners"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 1°'),
('MEDICAL_HOUSE', 'BASSIN_COUNCIL', 2, '{"fr":"Maisons médicales","nl":"Wijkgezondheidscentra","en":"Medical houses"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 2°'),
('NURSING', 'BASSIN_COUNCIL', 3, '{"fr":"Infirmier·es","nl":"Verpleegkundigen","en":"Nurses"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 3°'),
('SOCIAL_SERVICES', 'BASSIN_COUNCIL', 4, '{"fr":"Services sociaux","nl":"Sociale diensten","en":"Social services"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 4°'),
('HOME_HELP', 'BASSIN_COUNCIL', 5, '{"fr":"Services d''aide à domicile","nl":"Diensten voor thuishulp","en":"Home help services"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 5°'),
('MENTAL_HEALTH', 'BASSIN_COUNCIL', 6, '{"fr":"Services de santé mentale","nl":"Diensten voor geestelijke gezondheidszorg","en":"Mental health services"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 6°'),
('FAMILY_PLANNING', 'BASSIN_COUNCIL', 7, '{"fr":"Plannings familiaux","nl":"Centra voor gezinsplanning","en":"Family planning centres"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 7°'),
('HEALTH_PROMOTION', 'BASSIN_COUNCIL', 8, '{"fr":"Promotion de la santé (COCOF et Logo Brussel)","nl":"Gezondheidspromotie (COCOF en Logo Brussel)","en":"Health promotion (COCOF and Logo Brussel)"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 8°'),
('CAW_LDC', 'BASSIN_COUNCIL', 9, '{"fr":"Centrum Algemeen Welzijnswerk et lokale dienstencentra","nl":"Centrum Algemeen Welzijnswerk en lokale dienstencentra","en":"Centrum Algemeen Welzijnswerk and local service centres"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 9°'),
('SOCIAL_COORDINATION', 'BASSIN_COUNCIL', 10, '{"fr":"Coordinations des comités de coordination sociale","nl":"Coördinatoren van de sociale coördinatiecomités","en":"Coordinators of the social coordination committees"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 10°'),
('QUARTIER_REFERENT', 'BASSIN_COUNCIL', 11, '{"fr":"Référent·es de quartiers social-santé","nl":"Referenten van de welzijns- en gezondheidswijken","en":"Social-health neighbourhood referents"}', 'Arrêté du 4 avril 2024, art. 12, § 2, 11°'),
('SECTOR_FEDERATION', 'REGIONAL_COUNCIL', 1, '{"fr":"Fédérations sectorielles de l''ambulatoire et représentant·es des prestataires","nl":"Sectorfederaties van de ambulante zorg en vertegenwoordigers van zorgverleners","en":"Ambulatory sector federations and providers'' representatives"}', 'Note de gouvernance (janvier 2025), Conseil de l''action régionale'),
('SUPPORT_BODY', 'REGIONAL_COUNCIL', 2, '{"fr":"Organismes de support, d''appui ou de coordination","nl":"Ondersteunings- en coördinatieorganisaties","en":"Support and coordination bodies"}', 'Note de gouvernance (janvier 2025), Conseil de l''action régionale'),
('REGIONAL_STRUCTURE', 'REGIONAL_COUNCIL', 3, '{"fr":"Structures actives sur toute la Région","nl":"Structuren actief in het hele Gewest","en":"Organisations working across the Region"}', 'Note de gouvernance (janvier 2025), Conseil de l''action régionale');

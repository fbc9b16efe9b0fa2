-- Plans (issue 22): strategic and operational objectives as data, and one plan per
-- territory (a bassin, the region, the palliative platform) and year with its status history.
create table plans_objective (
	code text primary key,
	parent_code text references plans_objective (code),
	title_fr text not null,
	title_nl text,
	position int not null default 0
);
create index plans_objective_parent on plans_objective (parent_code);

create table plans_plan (
	id uuid primary key,
	territory text not null check (territory in ('REGION', 'NORD', 'NORD_EST', 'SUD', 'SUD_EST', 'CENTRE_OUEST', 'PALLIATIVE')),
	year int not null check (year between 2000 and 2100),
	status text not null check (status in ('DRAFT', 'PROPOSED', 'VALIDATED', 'CLOSED')),
	-- The council decision that validated it: governance has no decision records yet, so
	-- the meeting (by id, no foreign key across modules), the decision as written and its date.
	council_meeting_id uuid,
	decision_text text,
	decided_on date,
	created_at timestamptz not null,
	unique (territory, year)
);

create table plans_plan_status_change (
	id bigint generated always as identity primary key,
	plan_id uuid not null references plans_plan (id) on delete cascade,
	from_status text,
	to_status text not null,
	note text,
	changed_at timestamptz not null,
	changed_by text not null
);
create index plans_plan_status_change_plan on plans_plan_status_change (plan_id);

insert into plans_objective (code, parent_code, title_fr, title_nl, position) values
	('II.2.1', null, 'Contribuer à la lisibilité de l''organisation social santé à Bruxelles', 'Bijdragen aan de leesbaarheid van de organisatie van welzijn en gezondheid in Brussel', 1),
	('II.2.2', null, 'Soutenir la coordination (collective) multidisciplinaire à l''échelle des usagers et à l''échelle des bassins d''aide et de soins', 'De (collectieve) multidisciplinaire coördinatie ondersteunen op het niveau van de gebruikers en van de zorgzones', 2),
	('II.2.3', null, 'Contribuer à diminuer les seuils d''accès aux aides et aux soins pour améliorer l''accessibilité de l''ambulatoire et diminuer le non-recours', 'Bijdragen aan het verlagen van de drempels tot hulp en zorg om de ambulante sector toegankelijker te maken en onderbescherming te verminderen', 3),
	('II.2.1 a', 'II.2.1', 'Les professionnels de l''ambulatoire ont accès à de l''information concrètes dans certaines thématiques prioritaires.', 'De ambulante professionals hebben toegang tot concrete informatie over bepaalde prioritaire thema''s.', 1),
	('II.2.1 b', 'II.2.1', 'Un dispositif intégré d''appui à l''orientation est connu des professionnels de l''ambulatoire et leur permet de trouver de l''aide dans les situations complexes.', 'Een geïntegreerd systeem van ondersteuning bij de doorverwijzing is gekend bij de ambulante professionals en helpt hen hulp te vinden in complexe situaties.', 2),
	('II.2.1 c', 'II.2.1', 'Le répertoire intégré développé à Bruxelles sur base de l''organisation territoriale tient compte des besoins prioritaires des professionnels de l''ambulatoire.', 'Het geïntegreerde repertorium dat in Brussel op basis van de territoriale organisatie wordt ontwikkeld, houdt rekening met de prioritaire noden van de ambulante professionals.', 3),
	('II.2.2 a', 'II.2.2', 'Des fonctions de coordination et d''appui aux usagers sont définies, expérimentées sur le terrain et proposées en vue d''être intégrées structurellement dans le système.', 'Functies van coördinatie en ondersteuning van gebruikers worden omschreven, op het terrein uitgetest en voorgesteld om structureel in het systeem te worden opgenomen.', 1),
	('II.2.2 b', 'II.2.2', 'Des modalités pratiques de concertation interdisciplinaire et intersectorielle sont proposées pour les professionnels des bassins d''aide et de soins', 'Praktische vormen van interdisciplinair en intersectoraal overleg worden voorgesteld aan de professionals van de zorgzones', 2),
	('II.2.2 c', 'II.2.2', 'L''articulation des zones de responsabilité territoriales en social santé, le partage des rôles et leur complémentarité à Bruxelles est organisée', 'De afstemming van de territoriale verantwoordelijkheidszones in welzijn en gezondheid, de rolverdeling en hun complementariteit in Brussel worden georganiseerd', 3),
	('II.2.3 a', 'II.2.3', 'Une attention particulière et concrète est posée sur l''accès aux dispositifs pour les publics vulnérables et/ou discriminés', 'Er gaat bijzondere en concrete aandacht naar de toegang tot voorzieningen voor kwetsbare en/of gediscrimineerde groepen', 1),
	('II.2.3 b', 'II.2.3', 'Une attention particulière et concrète est posée sur l''accès à l''information pour les publics vulnérables et/ou discriminés', 'Er gaat bijzondere en concrete aandacht naar de toegang tot informatie voor kwetsbare en/of gediscrimineerde groepen', 2);

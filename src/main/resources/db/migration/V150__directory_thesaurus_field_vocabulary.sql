-- The field's vocabulary, covered in its three languages (issue 17, session 19). Each kind of service, profession,
-- need and target group that the seeds of the field name (the structure's activity reports, action plans and
-- governance note: the council's member categories, the Focus themes, the palliative platform's actors, the
-- perinatal programme, the chronic care pathways) and that the directory's themes name was checked against the
-- thesaurus for its French, its Dutch as written in Brussels and its English as an English-speaking resident or
-- professional types it, with its usual abbreviations and everyday words. What was missing is below: the other official
-- name of a service (MRPA, RVT, IHP / IBW, ETA / maatwerkbedrijf), the name the neighbouring countries give it (orthophoniste,
-- EHPAD, PMI, CCAS, verloskundige, wijkverpleging, council housing), the everyday word (toubib, huisdokter, hosto,
-- ziekenkas, nounou, poetsvrouw, alpha, sans chez soi), and eight concepts the thesaurus lacked. docs/thesaurus.md
-- ("Session 19: the field's vocabulary") cites the source of each row; none comes from a judged query. Written as
-- V129: terms stored as the search reads them, no term in two groups, no term that means two concepts of the field
-- (FieldVocabularySeedTests). Groups that V129 and V138 created are not extended here (ThesaurusSeedTests compares them whole);
-- the words they lack are listed in docs/thesaurus.md.

-- New concepts: French, Dutch and English terms, stored as one group (each term once, in that order).
insert into search_synonym (terms, created_by)
select array(select term from unnest(v.fr || v.nl || v.en) with ordinality as t(term, n) group by term order by min(n)),
	'thesaurus'
from (values
	-- Conditions the seeds name (the Huntington league, the diabetes and chronic kidney disease care pathways)
	(array['maladie de huntington', 'huntington', 'choree de huntington'], array['ziekte van huntington'], array['huntington disease']),
	(array['insuffisance renale chronique', 'irc', 'maladie renale chronique'], array['chronische nierinsufficientie', 'chronische nierziekte'], array['chronic kidney disease', 'ckd']),
	-- The perinatal programme and the palliative platform's actors
	(array['perinatalite', 'soins perinataux'], array['perinatale zorg', 'perinataliteit'], array['perinatal care', 'perinatal']),
	(array['unite de soins palliatifs'], array['palliatieve eenheid', 'palliatieve zorgeenheid'], array['palliative care unit', 'inpatient palliative care']),
	(array['consultante en lactation', 'consultant en lactation'], array['lactatiekundige'], array['lactation consultant']),
	-- Kinds of service with an official name in each language
	(array['convalescence', 'maison de convalescence'], array['herstelverblijf', 'herstellingsoord'], array['convalescent home', 'convalescent care']),
	(array['polyclinique', 'policlinique', 'consultations externes'], array['polikliniek', 'poliklinieken'], array['outpatient clinic', 'outpatient department', 'outpatients']),
	(array['entreprise de travail adapte', 'eta'], array['maatwerkbedrijf', 'beschutte werkplaats'], array['sheltered workshop', 'sheltered employment'])
) as v(fr, nl, en);

-- Existing groups (V50, V59) that gain terms: the group holding the anchor term, as seeded ('thesaurus'), gets the
-- French, Dutch and English terms that it lacked. A group an editor removed is left removed.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.fr || v.nl || v.en) with ordinality as t(term, n) group by term
	order by min(n))
from (values
	-- Professions: the other official or national name, the everyday word
	('logopede', array['orthophoniste', 'orthophonie'], array[]::text[], array[]::text[]),
	('dieteticien', array['nutritionniste'], array['voedingsdeskundige'], array['dietician']),
	('verpleegkundigen', array[]::text[], array['verpleger', 'verpleegster'], array[]::text[]),
	('vroedvrouw', array[]::text[], array['verloskundige'], array[]::text[]),
	('aide soignant', array[]::text[], array['zorgkundigen'], array['healthcare assistant']),
	('pharmacien', array['pharmacien d officine', 'officine'], array[]::text[], array['community pharmacy', 'community pharmacist']),
	('huisartsen', array['toubib'], array['huisdokter'], array[]::text[]),
	('thuisverpleegkundige', array['infirmier a domicile'], array['thuisverpleegkundigen', 'thuisverpleegster', 'wijkverpleging'], array[]::text[]),
	('caseworker', array[]::text[], array[]::text[], array['case worker']),
	('ervaringsdeskundige', array['expert du vecu'], array[]::text[], array['expert by experience']),
	('travail de rue', array['educateur de rue'], array[]::text[], array[]::text[]),
	('psychomotricien', array['psychomotricienne'], array[]::text[], array[]::text[]),
	('bewindvoerder', array['administrateur provisoire'], array['voorlopig bewindvoerder'], array[]::text[]),
	('zorgcoordinatie', array['coordinateur de soins', 'coordinatrice de soins'], array['zorgcoordinator'], array['care coordinator']),
	-- Services: the other official name, the neighbouring countries' name, the abbreviation
	('care home', array['mrpa', 'maison de repos pour personnes agees', 'maison de retraite', 'ehpad'], array['rvt', 'rust en verzorgingstehuis', 'woonzorgcentra'], array[]::text[]),
	('mental health center', array['centre de sante mentale'], array[]::text[], array['community mental health centre', 'community mental health team']),
	('geestelijke gezondheidszorg', array[]::text[], array['ggz'], array[]::text[]),
	('verslavingszorg', array[]::text[], array['drughulpverlening'], array[]::text[]),
	('centrum voor gezinsplanning', array['centre de planning familial'], array[]::text[], array[]::text[]),
	('palliatieve thuiszorg', array['soins palliatifs a domicile'], array['palliatieve zorg thuis'], array['palliative care at home', 'home palliative care', 'hospice at home']),
	('respijtzorg', array[]::text[], array['respijthuis'], array[]::text[]),
	('beschut wonen', array['initiative d habitation protegee', 'ihp'], array['initiatief beschut wonen', 'ibw'], array['supported housing']),
	('huishoudhulp', array[]::text[], array['poetsdienst', 'poetsvrouw'], array[]::text[]),
	('consultatiebureau', array['pmi', 'protection maternelle et infantile'], array[]::text[], array[]::text[]),
	('apotheek van wacht', array[]::text[], array[]::text[], array['out of hours pharmacy', 'emergency pharmacy']),
	('kinderopvang', array['nounou'], array['kribbe', 'kinderkribbe'], array[]::text[]),
	('opvoedingsondersteuning', array[]::text[], array['opvoedingswinkel'], array[]::text[]),
	('schuldbemiddeling', array[]::text[], array['schuldhulp'], array[]::text[]),
	('revalidatie', array['readaptation'], array[]::text[], array[]::text[]),
	('benevolat', array['volontariat'], array[]::text[], array[]::text[]),
	('welfare office', array['ccas', 'centre communal d action sociale'], array[]::text[], array[]::text[]),
	('sickness fund', array[]::text[], array['mutualiteit', 'mutualiteiten', 'ziekenkas'], array[]::text[]),
	('sociale woning', array[]::text[], array[]::text[], array['council housing', 'public housing']),
	('ziekenhuis', array['hosto'], array[]::text[], array[]::text[]),
	-- Needs and target groups in everyday words
	('werkloosheid', array[]::text[], array[]::text[], array['dole']),
	('alfabetisering', array['alpha', 'cours d alpha'], array[]::text[], array[]::text[]),
	('mobilite reduite', array['pmr', 'personne a mobilite reduite'], array[]::text[], array[]::text[]),
	('daklozen', array['sans chez soi'], array['thuisloos'], array[]::text[]),
	('werkzoekende', array['demandeur d emploi'], array[]::text[], array[]::text[]),
	('older people', array['troisieme age'], array[]::text[], array[]::text[])
) as v(anchor, fr, nl, en)
where v.anchor = any(s.terms) and s.created_by = 'thesaurus';

-- Each new concept that has one under its service-level concept (docs/thesaurus.md, "Broader concepts"): the group
-- holding the narrower term, to the oldest group holding the broader one.
insert into search_synonym_broader (narrower_id, broader_id, created_by)
select distinct n.id, b.id, 'thesaurus'
from (values
	('huntington', 'neurologie'),
	('huntington', 'maladie rare'),
	('irc', 'insuffisance renale'),
	('irc', 'maladie chronique'),
	('palliatieve eenheid', 'palliative care'),
	('lactatiekundige', 'allaitement')
) as v(narrower, broader)
join search_synonym n on v.narrower = any(n.terms)
cross join lateral (select id from search_synonym where v.broader = any(terms) order by id limit 1) b
where n.id <> b.id;

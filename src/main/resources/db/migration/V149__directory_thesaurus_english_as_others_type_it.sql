-- English as others type it (issue 17, session 18). An English query reaches the French and Dutch texts of Brussels
-- services only through the thesaurus. The words below are those English-speaking GPs, expat families and social
-- workers of international organisations in Brussels type for concepts the directory's themes and the seeds name,
-- where the thesaurus held the concept but not the English (or the American) name of the service: speech-language
-- pathologist (US) and speech and language therapy (UK) for logopédie, telecare for téléassistance (which the French
-- of the group also lacked), alcohol and drug rehab for addiction care (not physical rehabilitation), postnatal and
-- "after giving birth" for kraamzorg, uninsured patients' words (sans couverture médicale, zonder ziekteverzekering),
-- crisis line, smoking cessation, antenatal, child health clinic, physical therapy (US), sexual assault, civic
-- integration, community nurse (UK) and visiting nurse (US), sexual health clinic; and three concepts the thesaurus
-- lacked: the homeless drop-in centre (inloopcentrum), the mobile crisis team (équipe mobile de crise) and the memory
-- clinic, each under its broader concept. docs/thesaurus.md ("Session 18: English as others type it") gives the
-- sources and which kinds of failure of a new English judged set led to them. Terms are stored as the search reads
-- them; a regular plural in -s is not written, nor the other spelling of a word that EnglishForms folds (center /
-- centre, counseling / counselling); no term is in two groups (EnglishAsOthersTypeItSeedTests).
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('speech and language therapist', array['speech language therapist', 'speech language pathologist', 'speech pathologist', 'speech and language therapy']),
	('personal alarm', array['teleassistance', 'telecare', 'medical alert', 'medical alarm', 'fall alarm']),
	('alcohol addiction', array['alcohol rehab', 'alcohol treatment', 'alcohol counselling']),
	('addiction care', array['drug rehab', 'addiction rehab', 'rehab for addiction', 'addiction treatment', 'drug treatment']),
	('postnatal care', array['postnatal', 'postpartum', 'postpartum care', 'after giving birth', 'after childbirth', 'after birth', 'kraamhulp', 'kraamverzorging']),
	('no health insurance', array['sans couverture medicale', 'zonder ziekteverzekering', 'no medical coverage', 'without health insurance', 'not insured', 'no insurance']),
	('listening line', array['crisis line', 'crisis helpline']),
	('quit smoking', array['smoking cessation', 'stop smoking service']),
	('antenatal care', array['prenatal', 'antenatal', 'antenatal clinic', 'antenatal classes']),
	('well baby clinic', array['child health clinic', 'well child clinic']),
	('physiotherapist', array['physical therapy', 'physical therapist']),
	('sexual violence', array['sexual assault']),
	('integration course', array['civic integration', 'civic integration programme']),
	('district nurse', array['community nurse', 'community nursing', 'visiting nurse', 'home health nurse']),
	('centrum voor gezinsplanning', array['sexual health clinic', 'family planning clinic', 'family planning centre', 'contraception clinic'])
) as v(anchor, terms)
where v.anchor = any(s.terms) and s.created_by = 'thesaurus';

-- New concepts: French, Dutch and English terms, stored as one group.
insert into search_synonym (terms, created_by)
select array(select term from unnest(v.fr || v.nl || v.en) with ordinality as t(term, n) group by term order by min(n)),
	'thesaurus'
from (values
	(array['centre de jour pour sans abri', 'accueil de jour pour sans abri'], array['inloopcentrum', 'dagcentrum voor daklozen'], array['drop in centre', 'homeless day centre', 'day centre for homeless people']),
	(array['equipe mobile de crise'], array['mobiel crisisteam', 'crisisteam'], array['crisis team', 'mobile crisis team', 'crisis resolution team', 'home treatment team']),
	(array['consultation memoire', 'clinique de la memoire'], array['geheugenkliniek', 'geheugenpolikliniek'], array['memory clinic', 'memory service', 'memory assessment'])
) as v(fr, nl, en);

-- Each new concept under its service-level concept (docs/thesaurus.md, "Broader concepts"): the group holding the
-- narrower term, to the oldest group holding the broader one.
insert into search_synonym_broader (narrower_id, broader_id, created_by)
select distinct n.id, b.id, 'thesaurus'
from (values
	('inloopcentrum', 'sans abri'),
	('crisisteam', 'sante mentale'),
	('geheugenkliniek', 'dementie')
) as v(narrower, broader)
join search_synonym n on v.narrower = any(n.terms)
cross join lateral (select id from search_synonym where v.broader = any(terms) order by id limit 1) b
where n.id <> b.id;

-- French and Dutch words as professionals and residents of Brussels type them (issue 17, session 20). A sentence says
-- a need with a verb or a participle where the services write a noun (traduire beside traduction, verslaafd beside
-- verslaving, se suicider beside suicide, geslagen beside geweld), with the everyday wording of a request (quelqu'un
-- à qui parler, iemand om mee te praten, remplir des papiers, papieren invullen, aider à se laver), with the Belgian
-- name of a service ("home pour personnes âgées" for a nursing home, buurtrestaurant), with the official wording of
-- the acts a service helps with (actes de la vie journalière, INAMI), or names a partner organisation whose name holds
-- a clipped word of another concept (Logo Brussel, not a speech therapist). Each term joins the group that the search
-- reads for its anchor (the oldest seeded group holding it), as V146 did. docs/thesaurus.md ("Session 20: French and
-- Dutch as typed") gives the sources. None comes from a judged query's results. Terms are stored as the search reads
-- them; a regular plural in -s is not written; no term is in two groups (FrenchDutchTypedWordsSeedTests).
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('tolk', array['traduire', 'traduit', 'vertalen']),
	('verslaving', array['verslaafd', 'verslaafde', 'verslaafden', 'accro']),
	('schermverslaving', array['verslaafd aan gamen', 'verslaafd aan games', 'gameverslaafd', 'accro aux jeux video', 'addiction aux jeux video']),
	('luisterlijn', array['quelqu un a qui parler', 'besoin de parler', 'parler a quelqu un', 'iemand om mee te praten', 'met iemand praten']),
	('rouwbegeleiding', array['apres un deces', 'apres le deces', 'na een overlijden', 'na het overlijden', 'overlijden van een dierbare', 'overlijden van een naaste']),
	('zelfmoordpreventie', array['suicider', 'se suicider', 'suicidaire', 'zelfmoord plegen']),
	('geweld', array['geslagen', 'battu', 'battue']),
	('partnergeweld', array['geslagen vrouw', 'vrouwen die geslagen worden', 'vrouw die geslagen wordt']),
	('avj', array['actes de la vie journaliere', 'actes de la vie quotidienne', 'activites de la vie quotidienne', 'avq', 'activiteiten van het dagelijks leven', 'activities of daily living']),
	('woonzorgcentrum', array['home pour personnes agees']),
	('sociaal restaurant', array['buurtrestaurant']),
	('administratieve hulp', array['remplir des papiers', 'remplir les papiers', 'remplir papiers', 'papieren', 'invullen van papieren']),
	('aide a la toilette', array['aider a se laver', 'aide pour se laver', 'hulp bij het wassen', 'hulp bij wassen']),
	('zorgcoordinatie', array['coordination de soins a domicile', 'coordination des soins a domicile', 'coordination de soins et services a domicile', 'thuiszorgcoordinatie', 'home care coordination'])
) as v(anchor, terms)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

-- A new concept: the Flemish health promotion partner of Brussels (Lokaal Gezondheidsoverleg), named as one term so
-- that its name is not read as "logo" (logopède, V146) and a place (Brussel).
insert into search_synonym (terms, created_by)
select array(select term from unnest(v.fr || v.nl || v.en) with ordinality as t(term, n) group by term order by min(n)),
	'thesaurus'
from (values
	(array['logo brussel'], array['lokaal gezondheidsoverleg brussel', 'lokaal gezondheidsoverleg'], array['logo brussels'])
) as v(fr, nl, en);

-- Broader concepts (as V138): Logo Brussel is a health promotion organisation; an integrated home care service (SISD)
-- is a structure of care coordination.
insert into search_synonym_broader (narrower_id, broader_id, created_by)
select distinct n.id, b.id, 'thesaurus'
from (values
	('logo brussel', 'gezondheidspromotie'),
	('sisd', 'zorgcoordinatie')
) as v(narrower, broader)
join search_synonym n on v.narrower = any(n.terms)
cross join lateral (select id from search_synonym where v.broader = any(terms) order by id limit 1) b
where n.id <> b.id;

-- English as professionals type it (issue 17, session 24). A seventh English judged set, typed as social workers, GPs,
-- nurses and staff of international organisations look for a service for a client, showed names of services and
-- schemes in the English of the field that reach no group ("social welfare centre", "health centre", "pro bono",
-- "care manager", "pregnancy follow-up", "termination of pregnancy", "podiatry", "truancy", a family losing its
-- home). Each extension adds them to the group the search reads for the concept (the oldest seeded group holding
-- the anchor, as V161 did): the anchor, then the French, Dutch and English terms. docs/thesaurus.md ("Session 24:
-- English as professionals type it") gives the sources. None comes from a judged query's results.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.fr || v.nl || v.en) with ordinality as t(term, n) group by term order by min(n))
from (values
	('social welfare office', array[]::text[], array[]::text[], array['social welfare centre', 'welfare centre']),
	('wgc', array[]::text[], array[]::text[], array['health centre', 'medical centre', 'neighbourhood health centre']),
	('centrum voor gezinsplanning', array[]::text[], array[]::text[], array['sexual health centre']),
	('well baby clinic', array[]::text[], array[]::text[], array['child health centre']),
	('schuldbemiddeling', array[]::text[], array[]::text[], array['debt mediation', 'debt mediator', 'debt mediation service']),
	('juridische bijstand', array[]::text[], array[]::text[], array['pro bono', 'pro bono lawyer']),
	('uithuiszetting', array['perdre son logement', 'perte de logement', 'perte du logement'], array['woning verliezen', 'huis verliezen'], array['lose my home', 'losing my home', 'lose their home', 'losing their home', 'lose our home', 'losing our home']),
	('ziekenhuisontslag', array[]::text[], array[]::text[], array['discharge planning']),
	('casemanager', array[]::text[], array[]::text[], array['care manager', 'care management']),
	('prenatale zorg', array['suivi de grossesse'], array['zwangerschapsbegeleiding', 'zwangerschapsopvolging'], array['pregnancy follow up', 'pregnancy check up']),
	('abortus', array[]::text[], array[]::text[], array['termination of pregnancy', 'pregnancy termination']),
	('podoloog', array['podologie'], array[]::text[], array['podiatry']),
	('decrochage scolaire', array[]::text[], array[]::text[], array['truancy', 'truant', 'skipping school']),
	('thuiszorg', array[]::text[], array[]::text[], array['homecare']),
	('straathoekwerker', array[]::text[], array[]::text[], array['outreach work']),
	('huisarts van wacht', array[]::text[], array[]::text[], array['on call doctor', 'on call gp']),
	('dementie', array[]::text[], array[]::text[], array['wandering'])
) as v(anchor, fr, nl, en)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

-- A psychiatric nurse's care is psychiatric care: the group of the profession (V129, under nurses since V138) also
-- gets psychiatry as a broader concept, so a search for one finds, below any service naming the profession, the
-- services that name psychiatric care rather than every nurse.
insert into search_synonym_broader (narrower_id, broader_id, created_by)
select distinct n.id, b.id, 'thesaurus'
from (values
	('psychiatrisch verpleegkundige', 'psychiatrie')
) as v(narrower, broader)
join search_synonym n on v.narrower = any(n.terms)
cross join lateral (select id from search_synonym where v.broader = any(terms) order by id limit 1) b
where n.id <> b.id;

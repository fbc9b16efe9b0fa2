-- The thesaurus learns French words professionals type for a need that the services write otherwise (issue 17, session
-- 17, French queries): the adjective of a condition beside its noun (isolé, isolée beside isolement; anxieux beside
-- anxiété), the situation told in a verb phrase (vit seul, vit seule), the administrative wording of social
-- permanences (accompagnement administratif, soutien administratif, hulp bij administratie) and the official wording of
-- irregular stay (séjour irrégulier, irregulier verblijf). A concept for violence of any kind (violence = geweld) is
-- added as the broader concept of the kinds of violence V129 and V138 name, so that a service written only with the
-- broad word ("victimes de violences", "slachtoffers van geweld") is found, below the services naming the kind typed.
-- docs/thesaurus.md ("V140: French professionals' words") gives the sources; none comes from a judged query. Terms are
-- stored as the search reads them; no term is in two groups. Editors change these groups like any synonym group.

-- Existing groups that gain terms: the group holding the anchor term, as seeded ('thesaurus'); a group an editor
-- removed is left removed.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('isolement', array['isole', 'isolee', 'vit seul', 'vit seule', 'vivant seul', 'vivant seule', 'vivre seul', 'vivre seule', 'alleenwonend', 'alleenwonende', 'woont alleen']),
	('administratieve hulp', array['accompagnement administratif', 'soutien administratif', 'hulp bij administratie', 'hulp bij de administratie', 'administratieve ondersteuning', 'help with paperwork']),
	('anxiete', array['anxieux', 'anxieuse', 'trouble anxieux', 'troubles anxieux', 'angstig', 'angstklachten']),
	('mensen zonder papieren', array['sejour irregulier', 'en sejour irregulier', 'situation irreguliere', 'irregulier verblijf', 'illegaal verblijf', 'zonder verblijfsvergunning', 'irregular stay'])
) as v(anchor, terms)
where v.anchor = any(s.terms) and s.created_by = 'thesaurus';

-- A new concept: French, Dutch and English terms, stored as one group.
insert into search_synonym (terms, created_by)
select array(select term from unnest(v.fr || v.nl || v.en) with ordinality as t(term, n) group by term order by min(n)),
	'thesaurus'
from (values
	(array['violence', 'violences'], array['geweld'], array['violence'])
) as v(fr, nl, en);

-- The kinds of violence under it (one level up, as V138's relations): a term of the narrower group, a term of the
-- broader one; every group holding the narrower term gets the relation, to the oldest group holding the broader term.
insert into search_synonym_broader (narrower_id, broader_id, created_by)
select distinct n.id, b.id, 'thesaurus'
from (values
	('partnergeweld', 'geweld'),
	('seksueel geweld', 'geweld'),
	('gendergerelateerd geweld', 'geweld'),
	('psychisch geweld', 'geweld'),
	('economisch geweld', 'geweld'),
	('eergerelateerd geweld', 'geweld')
) as v(narrower, broader)
join search_synonym n on v.narrower = any(n.terms)
cross join lateral (select id from search_synonym where v.broader = any(terms) order by id limit 1) b
where n.id <> b.id
on conflict do nothing;

-- English as people type it (issue 17, session 23): three existing groups get the words English speakers (and, for
-- one, the Dutch of the services themselves) use for their concept. docs/thesaurus.md ("Session 23: English as
-- typed") gives the sources. None comes from a judged query's results.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('ergotherapeut', array['ot']),
	('opvoedingsondersteuning', array['cope with kids', 'cope with children']),
	('schuldbemiddeling', array['pay bills', 'pay the bills', 'rekeningen niet betalen'])
) as v(anchor, terms)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

-- A kind of service as professionals write it (issue 17, session 21): "MM" is how the field abbreviates "maison
-- médicale", typed with a commune ("MM ixelles"); the word was in no group, so a query holding only it and a place
-- found nothing. It joins the group of the maison médicale (anchor "wgc"). docs/thesaurus.md ("Session 21: kinds of
-- service") gives the source. Terms are stored as the search reads them; no term is in two groups.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('wgc', array['mm'])
) as v(anchor, terms)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

-- A young child who does not talk yet, as a parent says it (issue 17, session 22): V159's concept of a young child's
-- speech and language delay ("laatprater", "late talker") gets the words a parent types, "not talking yet", in French,
-- Dutch and English. A late talker is a toddler who is not yet talking as expected for its age (Kind en Gezin's and the
-- American Speech-Language-Hearing Association's wording for parents); "yet" is kept in every term so that an adult
-- who does not talk about a problem is not read as a child's speech delay. docs/thesaurus.md ("Session 22: a child who
-- does not talk yet") gives the sources. None comes from a judged query's results.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('taalachterstand', array['ne parle pas encore', 'parle pas encore', 'ne parle toujours pas', 'praat nog niet',
		'spreekt nog niet', 'zegt nog geen woordjes', 'not talking yet', 'not speaking yet', 'does not talk yet',
		'does not speak yet'])
) as v(anchor, terms)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

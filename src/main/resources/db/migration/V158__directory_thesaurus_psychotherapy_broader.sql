-- Psychotherapy is practised in Belgium by clinical psychologists, clinical orthopedagogues and physicians (the law of
-- 10 July 2016 on the mental-health care professions, and its reform of the 2014 law): a search for a psychotherapist
-- or a therapist also finds, below the services that name psychotherapy, the psychologists' services (issue 17,
-- relevance; the relation is V137's, as V138's "a specialty -> its profession"). Before, "therapist" found nothing in a
-- directory whose psychologists never write "psychotherapy". docs/thesaurus.md, "Session 21: psychotherapy".
insert into search_synonym_broader (narrower_id, broader_id, created_by)
select distinct n.id, b.id, 'thesaurus'
from (values
	('psychotherapeut', 'psycholoog')
) as v(narrower, broader)
join search_synonym n on v.narrower = any(n.terms)
cross join lateral (select id from search_synonym where v.broader = any(terms) order by id limit 1) b
where n.id <> b.id
on conflict do nothing;

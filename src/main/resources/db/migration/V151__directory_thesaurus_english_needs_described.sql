-- English needs described (issue 17, session 20). A third English judged set, written as expats, EU staff, migrants and
-- international students in Brussels type a need in English ("my child stammers", "behind on my utility bills",
-- "overnight sitter for my father who is dying", "chiropodist for an elderly neighbour"), showed English words of the
-- field that reach no group, or reach a group that misses the word the services write. Each extension below is the
-- usual English (or, where the group lacked it, French) name of the concept the group holds; docs/thesaurus.md
-- ("Session 20: English needs described") gives the sources. Terms are stored as the search reads them; a regular
-- plural in -s is not written, nor a past participle or third person that EnglishForms folds (evicted → evict,
-- stammers → stammering); no term is in two groups (EnglishNeedsDescribedSeedTests). The rental deposit (garantie
-- locative, huurwaarborg), a concept the thesaurus lacked, is added under housing.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('begaiement', array['stammer', 'stutter']),
	('uithuiszetting', array['evict', 'eviction notice']),
	('energiefactuur', array['utility bill', 'utilities', 'electricity bill', 'gas bill', 'heating bill']),
	('ziekenoppas', array['garde a domicile', 'overnight sitter', 'night sitting']),
	('end of life', array['dying', 'terminally ill', 'terminal illness']),
	('respijtzorg', array['short break', 'respite break', 'carers break']),
	('harcelement', array['bullied', 'being bullied']),
	('lichaamsverzorging', array['bathing', 'help with bathing', 'washing and dressing']),
	('boodschappendienst', array['help with shopping', 'shopping help']),
	('leefloon', array['living wage']),
	('poetshulp', array['cleaner', 'cleaning lady', 'cleaning help']),
	('vaccinatie', array['jab']),
	('spuitenruil', array['clean needles', 'clean syringes']),
	('werkzoekende', array['jobseeker'])
) as v(anchor, terms)
where v.anchor = any(s.terms) and s.created_by = 'thesaurus';

-- New concept: French, Dutch and English terms, stored as one group.
insert into search_synonym (terms, created_by)
select array(select term from unnest(v.fr || v.nl || v.en) with ordinality as t(term, n) group by term order by min(n)),
	'thesaurus'
from (values
	(array['garantie locative', 'caution locative'], array['huurwaarborg', 'huurgarantie'], array['rental deposit', 'rent deposit', 'security deposit', 'rental guarantee'])
) as v(fr, nl, en);

-- Each concept under its service-level concept (docs/thesaurus.md, "Broader concepts"): the group holding the
-- narrower term, to the oldest group holding the broader one.
insert into search_synonym_broader (narrower_id, broader_id, created_by)
select distinct n.id, b.id, 'thesaurus'
from (values
	('podoloog', 'voetverzorging'),
	('dyslexie', 'leerstoornis'),
	('huurwaarborg', 'logement')
) as v(narrower, broader)
join search_synonym n on v.narrower = any(n.terms)
cross join lateral (select id from search_synonym where v.broader = any(terms) order by id limit 1) b
where n.id <> b.id
	and not exists (select 1 from search_synonym_broader r where r.narrower_id = n.id and r.broader_id = b.id);

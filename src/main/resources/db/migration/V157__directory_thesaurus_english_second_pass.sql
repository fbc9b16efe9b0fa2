-- English, second pass (issue 17, session 21). A fifth English judged set ("dentist for people without insurance",
-- "doctor for undocumented migrants", "drug helpline") showed that "without insurance" reaches no group, while the
-- group of uninsured patients holds "no insurance", "not insured" and "without health insurance". The extension
-- below is the usual English of the same concept; docs/thesaurus.md ("Session 21: English, second pass") gives the
-- sources. Terms are stored as the search reads them; no term is in two groups (EnglishSecondPassSeedTests).
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('no health insurance', array['without insurance', 'without medical insurance', 'no medical insurance'])
) as v(anchor, terms)
where v.anchor = any(s.terms) and s.created_by = 'thesaurus';

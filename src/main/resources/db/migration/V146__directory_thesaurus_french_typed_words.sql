-- French words typed into a search box that the thesaurus lacked (issue 17, session 18). Professionals type clipped
-- forms of the field's professions and services (resto, infi, logo, toxico, gynéco, dermato, ergo), the everyday
-- wording of a need beside the services' (perte d'un proche for deuil, expulsé beside expulsion) and the other
-- official name of a service (centre de santé intégré for a maison médicale). Each term joins the group that the
-- search reads for its anchor (the oldest seeded group holding it). docs/thesaurus.md ("Session 18: French words typed
-- into a search box") gives the sources. None comes from a judged query. Terms are stored as the search reads them; a
-- regular plural in -s is not written; no term is in two groups (FrenchTypedWordsSeedTests).
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('restaurant social', array['resto social', 'restos sociaux', 'restaurants sociaux']),
	('nurses', array['infi']),
	('logopedist', array['logo']),
	('substance abuse', array['toxico']),
	('gynaecologist', array['gyneco']),
	('dermatologist', array['dermato']),
	('ergotherapeut', array['ergo']),
	('wgc', array['centre de sante integre', 'centres de sante integres']),
	('rouwbegeleiding', array['perte d un proche', 'deces d un proche', 'perdu un proche']),
	('uithuiszetting', array['expulse', 'expulsee', 'uit huis gezet'])
) as v(anchor, terms)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

-- English compound names of services (issue 17, session 17, English queries). An English query reaches the French and
-- Dutch texts of Brussels services only through the thesaurus; a compound an English speaker types as one name
-- ("domestic violence shelter", "rape crisis centre", "day care centre", "social grocery") is otherwise read as two
-- concepts, the second one often another service ("shelter": the night shelters). Each term joins the existing group
-- of the service it names, with the French and Dutch names the Brussels services themselves use where the group
-- lacked them. docs/thesaurus.md ("Session 17: English compounds") gives the sources: the English names of the
-- services in UK and Irish public services (Women's Aid "refuge", Rape Crisis centres, NHS "sexual assault referral
-- centre"), the Belgian CPVS / ZSG's own English name ("Sexual Assault Care Centre"), Iriscare's and the Flemish
-- Community's names of day care for older people (centre de soins de jour, dagverzorgingscentrum, dagverzorging),
-- the Brussels names of social groceries (épicerie sociale, sociale kruidenier). None comes from a judged query. Terms are stored as the search reads them; a
-- regular plural in -s is not written; no term is in two groups (EnglishCompoundsSeedTests).
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('partnergeweld', array['domestic violence shelter', 'domestic violence refuge', 'domestic abuse refuge', 'refuge for women', 'battered womens shelter', 'hebergement pour femmes victimes de violences', 'maison d accueil pour femmes victimes de violences', 'opvang voor slachtoffers van partnergeweld', 'vrouwenopvang']),
	('cpvs', array['rape crisis centre', 'rape crisis center', 'sexual assault care centre', 'sexual assault referral centre']),
	('accueil de jour', array['dagverzorging', 'centre de soins de jour', 'day care centre', 'day care center', 'adult day care']),
	('epicerie sociale', array['social grocery', 'social supermarket', 'social grocery store'])
) as v(anchor, terms)
where v.anchor = any(s.terms) and s.created_by = 'thesaurus';

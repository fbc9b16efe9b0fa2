-- The thesaurus learns the English of everyday needs (issue 17, English queries). Brussels services are written in French
-- and Dutch, and an English query reaches them only through the thesaurus, so an English word that no group holds is
-- searched as typed in French and Dutch texts, where it is nowhere. The words below are those English-speaking
-- residents and professionals of Brussels use for people (toddler, teen, older adults, pensioner, single parent),
-- places and services (old people's home, chemist, accident and emergency, nursery, welfare office), needs (living alone, no papers,
-- women's shelter, in debt, hot meals) and care (therapist, counsellor, wound dressing, short break),
-- in British and American spelling. docs/thesaurus.md ("English queries") gives their sources: the directory's own
-- English theme labels and the English of V50, V59 and V129, the English public pages of Brussels and Belgian
-- services (the Region's and the Communities' English information for residents, the federal health portal, the
-- health insurance funds, CAW Brussel, Kind en Gezin, the Red Cross and Fedasil); none comes from a judged query.
-- A regular plural in -s is not written (the search compares words with a final s off); irregular plurals are
-- ("babies", "disabilities", "nurseries", "talking therapies"). Terms are stored as the search reads them; no term is
-- in two groups (EnglishThesaurusSeedTests), and the groups that V129 created are left as it wrote them
-- (ThesaurusSeedTests compares them whole). Editors change these groups like any synonym group.

-- Existing groups that gain English terms (and, for the tenancy group, the tenant in French and Dutch): the group
-- holding the anchor term, as seeded ('thesaurus'); a group an editor removed is left removed.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('kinderen', array['toddler', 'young child', 'young children']),
	('tieners', array['teen', 'teenage', 'young person', 'youngster']),
	('bejaarden', array['older adults', 'old people', 'old person', 'pensioner', 'elders', 'old age']),
	('retirement home', array['old peoples home', 'residential care', 'elderly care home']),
	('eenzame', array['living alone', 'lives alone', 'alone']),
	('psychotherapeut', array['therapist', 'talking therapy', 'talking therapies', 'talk therapy']),
	('psychologen', array['counsellor', 'counselor']),
	('mensen zonder papieren', array['without papers', 'no papers', 'illegal immigrant', 'irregular migrant', 'without legal status', 'no legal status']),
	('vluchtelingen', array['immigrant']),
	('huisartsen', array['gps', 'physician']),
	('caregiver', array['family carer', 'unpaid carer', 'family caregiver']),
	('maaltijdendienst', array['hot meals', 'home delivered meals', 'meals at home']),
	('intrafamiliaal geweld', array['womens shelter', 'shelter for women', 'domestic abuse', 'abusive partner', 'abusive relationship']),
	('thuislozen', array['street homeless', 'no fixed abode', 'living on the street']),
	('personen met een handicap', array['handicapped', 'disabilities', 'people with disabilities', 'special needs']),
	('rolstoel', array['wheelchair user', 'wheelchair accessible', 'limited mobility', 'mobility impairment', 'mobility problems']),
	('zwanger', array['expectant mother', 'mother to be', 'mum to be', 'expecting a baby']),
	('zuigeling', array['babies', 'new born']),
	('schuldbemiddeling', array['in debt', 'debt help']),
	('angststoornis', array['anxious', 'anxiety disorder']),
	('alcoholisme', array['drinking', 'alcohol abuse', 'alcohol misuse', 'heavy drinking']),
	('stupefiants', array['drug use', 'substance use', 'substance misuse', 'narcotics']),
	('woning', array['apartment']),
	('health insurance fund', array['mutuality', 'mutual insurance', 'sickness fund', 'health insurer']),
	('apotheek', array['chemist', 'drugstore']),
	('spoedgevallen', array['emergency room', 'emergency department', 'accident and emergency']),
	('uithuiszetting', array['evicted', 'being evicted']),
	('huisbaas', array['locataire', 'huurder', 'tenant']),
	('wondzorg', array['wound dressing', 'dressing change']),
	('respijtzorg', array['short break']),
	('sekswerk', array['sex worker']),
	('social welfare office', array['welfare office']),
	('franse lessen', array['french lessons', 'french course']),
	('nederlandse lessen', array['dutch lessons', 'dutch course']),
	('kinderdagverblijf', array['nurseries', 'daycare'])
) as v(anchor, terms)
where v.anchor = any(s.terms) and s.created_by = 'thesaurus';

-- A new concept: French, Dutch and English terms, stored as one group.
insert into search_synonym (terms, created_by)
select array(select term from unnest(v.fr || v.nl || v.en) with ordinality as t(term, n) group by term order by min(n)),
	'thesaurus'
from (values
	(array['famille monoparentale', 'parent solo', 'maman solo', 'papa solo'], array['eenoudergezin', 'eenoudergezinnen', 'alleenstaande ouder'], array['single parent', 'lone parent', 'single mother', 'single mum', 'single father'])
) as v(fr, nl, en);

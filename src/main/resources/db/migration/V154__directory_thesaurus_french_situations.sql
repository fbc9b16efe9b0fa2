-- French words of a situation told rather than a service named (issue 17, session 21): a relative, a neighbour or a
-- professional says what a person can no longer do in daily life with the verbs of the scales that assess it (the
-- Katz scale of activities of daily living: se laver, l'habillage; the Lawton scale of instrumental activities: faire
-- ses courses, faire le ménage, s'occuper de ses papiers), says a worry with a verb where the services write a noun
-- (il boit beside alcoolisme, tombée beside chute, harcelée beside harcèlement, frappée beside violence, décès beside
-- deuil), says a carer's situation as the carers' services define it (une personne qui s'occupe d'un proche; besoin
-- de souffler for respite), a young person's school drop-out as it is seen (ne va plus à l'école), and the help that
-- comes home as a relative says it (venir à la maison, rester à la maison; "maison" alone stays out: it is every
-- maison médicale and maison de repos). Each term joins the group that the search reads for its anchor (the oldest
-- seeded group holding it), as V146 and V152 did. docs/thesaurus.md ("Session 21: French situations told") gives the sources. None comes from a
-- judged query's results. Terms are stored as the search reads them; a regular plural in -s is not written; no term
-- is in two groups (FrenchSituationWordsSeedTests).
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('aide a la toilette', array['se laver', 'faire sa toilette', 'zich wassen']),
	('avj', array['habillage', 'aide a l habillage', 'zich aankleden']),
	('a domicile', array['venir a la maison', 'vienne a la maison', 'rester a la maison', 'passer a la maison']),
	('chute', array['tombe', 'tombee', 'tomber', 'gevallen']),
	('boodschappendienst', array['faire ses courses', 'courses']),
	('aide menagere', array['faire le menage', 'entretien du logement', 'entretenir son logement', 'entretenir son appartement']),
	('administratieve hulp', array['formulaire', 'courriers administratifs', 'courrier administratif', 'courriers', 'paperasse', 'l administration']),
	('alcoolisme', array['boit', 'boire', 'drinkt', 'te veel drinken']),
	('aidant proche', array['m occuper', 'm occupe', 's occuper', 's occupe', 's occupent d un proche']),
	('repit', array['besoin de souffler']),
	('deuil', array['deces', 'overlijden']),
	('isolement', array['tres seul', 'tres seule', 'tout seul', 'toute seule', 'se sent seul', 'se sent seule', 'ne voit personne', 'ne voit plus personne']),
	('decrochage scolaire', array['ne va plus a l ecole', 'ne veut plus aller a l ecole', 'absenteisme scolaire', 'spijbelen']),
	('harcelement', array['harceler', 'harcele', 'harcelee', 'se fait harceler']),
	('geweld', array['frappe', 'frappee', 'frapper']),
	('aide alimentaire', array['rien a manger', 'de quoi manger'])
) as v(anchor, terms)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

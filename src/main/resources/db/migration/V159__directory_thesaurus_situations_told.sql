-- Situations told in French, Dutch and English (issue 17, session 22): a relative, a neighbour or the person concerned
-- says what goes wrong with the verbs and the everyday words of the situation, where the services write the noun of
-- the help: the items of the scales that assess a person's autonomy (Katz: bathing, "zich wassen" with the verb last
-- as Dutch puts it; the European Health Interview Survey's "climbing a flight of stairs" for reduced mobility; Lawton:
-- preparing meals), a fall, forgetting and disorientation beside memory problems, loneliness, letters beside
-- paperwork, rent arrears beside debts, the Dutch bills beside the energy group's French and English, the verbs of
-- gambling, of smoking cannabis and of hitting, low mood, hearing voices, the last phase of life, a newcomer just
-- arrived, having no papers, parental guidance, being housebound, the notice of a lease, and a new concept, the speech
-- and language delay of a young child, under language disorders and speech therapy. Each term joins the group that the
-- search reads for its anchor (the oldest seeded group holding it), as V146, V152 and V154 did. docs/thesaurus.md
-- ("Session 22: situations told") gives the source of each. None comes from a judged query's results. Terms are stored
-- as the search reads them; a regular plural in -s is not written; no term is in two groups
-- (SituationsToldSeedTests).
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('aide a la toilette', array['wassen', 'prendre un bain', 'prendre son bain', 'baignoire', 'badkuip', 'take a bath', 'have a bath', 'bathtub']),
	('mobilite reduite', array['monter les escaliers', 'descendre les escaliers', 'trap oplopen', 'trappen lopen', 'de trap op', 'climb stairs', 'climbing stairs']),
	('repas a domicile', array['preparer ses repas', 'preparer les repas', 'preparation des repas', 'maaltijden bereiden', 'eten klaarmaken', 'meal preparation']),
	('chute', array['valpartij', 'valpartijen']),
	('dementie', array['oublis', 'oublie tout', 'perd la memoire', 'desoriente', 'desorientee', 'desorientation', 'vergeetachtig', 'vergeet', 'gedesorienteerd', 'desorientatie', 'forgetful', 'forget', 'disoriented', 'disorientated']),
	('isolement', array['eenzaam', 'ziet niemand', 'ziet niemand meer']),
	('administratieve hulp', array['brieven', 'officiele brieven', 'letters', 'official letters']),
	('schuldbemiddeling', array['loyer impaye', 'arrieres de loyer', 'retard de loyer', 'huurachterstand', 'huurschuld', 'achterstallige huur', 'rent arrears', 'unpaid rent']),
	('energiefactuur', array['gas en elektriciteit', 'gasrekening', 'elektriciteitsrekening', 'energierekening']),
	('gokken', array['joueur pathologique', 'joueur compulsif', 'gokt', 'gokker', 'gokverslaafd', 'gamble', 'gambler']),
	('cannabis', array['fumer du cannabis', 'fume du cannabis', 'blowen', 'blowt', 'cannabis roken', 'wiet roken', 'smoke weed', 'smoking weed', 'smoke cannabis', 'smoking cannabis']),
	('geweld', array['coups et blessures', 'slaan', 'slaat', 'sloeg', 'slagen en verwondingen', 'hit', 'hitting', 'beaten']),
	('depressie', array['somber', 'sombere stemming', 'zich somber voelen', 'neerslachtigheid', 'feeling low', 'feel low', 'feel down']),
	('psychose', array['entend des voix', 'entendre des voix', 'hallucinations', 'hoort stemmen', 'stemmen horen', 'hallucinaties', 'hears voices', 'hearing voices']),
	('end of life', array['phase terminale', 'en phase terminale', 'derniere phase de la vie', 'terminaal', 'terminaal ziek', 'terminale fase', 'laatste levensfase', 'last stage of life']),
	('nieuwkomers', array['nouvellement arrive', 'nouvellement arrivee', 'recemment arrive', 'net aangekomen', 'pas aangekomen', 'just arrived', 'recently arrived']),
	('undocumented', array['geen papieren', 'geen verblijfsvergunning', 'no residence permit']),
	('opvoedingsondersteuning', array['guidance parentale', 'ouderbegeleiding', 'opvoedingsvragen', 'opvoedingsproblemen', 'opvoedingshulp', 'parenting advice', 'parenting help', 'help with parenting']),
	('a domicile', array['confine a domicile', 'ne sort plus de chez lui', 'ne sort plus de chez elle', 'aan huis gebonden', 'housebound', 'get out of the house']),
	('huurcontract', array['renon', 'renon du bail', 'huuropzeg', 'opzeg van de huur', 'notice to quit'])
) as v(anchor, terms)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

-- New concept: a young child's speech and language delay, in French, Dutch and English, under language disorders and
-- speech therapy (as V138's "a condition -> its field of care").
insert into search_synonym (terms, created_by)
select array(select term from unnest(v.fr || v.nl || v.en) with ordinality as t(term, n) group by term order by min(n)),
	'thesaurus'
from (values
	(array['retard de langage', 'retard du langage', 'retard de parole'], array['taalachterstand', 'spraakachterstand', 'laatprater'], array['speech delay', 'language delay', 'delayed speech', 'late talker'])
) as v(fr, nl, en)
where not exists (select 1 from search_synonym o where o.terms && (v.fr || v.nl || v.en));

insert into search_synonym_broader (narrower_id, broader_id, created_by)
select distinct n.id, b.id, 'thesaurus'
from (values
	('taalachterstand', 'taalstoornis'),
	('taalachterstand', 'logopedist')
) as v(narrower, broader)
join search_synonym n on v.narrower = any(n.terms)
cross join lateral (select id from search_synonym where v.broader = any(terms) order by id limit 1) b
where n.id <> b.id
on conflict do nothing;

-- French and Dutch situations told as professionals and relatives type them (issue 17, session 24): the words of a
-- situation where the groups hold the service's noun. Rent that cannot be paid is rent arrears (V159 put arrears in
-- the debts group); "valt" is the present tense of V154's "gevallen"; "hulp aan huis" is the Dutch of home help
-- ("thuishulp"); "après hospitalisation", "sort de l'hôpital", "na een ziekenhuisopname" are the end of a hospital
-- stay beside the group's "après une hospitalisation"; "difficultés d'apprentissage", "leermoeilijkheden" are the
-- French and Dutch of the group's "learning difficulties"; "problème d'alcool", "alcoholprobleem" those of the
-- group's "alcohol problem"; "maman seule", "alleenstaande moeder" the everyday words of the group's "single mother",
-- "alleenstaande ouder"; "hospitalisé", "ziekenhuisopname" the participle and the Dutch of the group's
-- "hospitalisation"; "SAFA" the abbreviation of the "services d'aide aux familles et aux aînés", the aide familiale
-- services. docs/thesaurus.md ("Session 24: French and Dutch situations told") gives the sources. None comes from a
-- judged query's results. Each term is added to the oldest seeded group holding the anchor, as V159 and V160 did.
update search_synonym s
set terms = array(select term from unnest(s.terms || v.terms) with ordinality as t(term, n) group by term order by min(n))
from (values
	('schuldbemiddeling', array['payer son loyer', 'payer mon loyer', 'payer le loyer', 'payer leur loyer', 'huur niet meer betalen', 'huur niet betalen', 'huur niet kunnen betalen']),
	('chute', array['valt']),
	('thuishulp', array['hulp aan huis', 'hulp thuis']),
	('ziekenhuisontslag', array['apres hospitalisation', 'apres l hospitalisation', 'apres son hospitalisation', 'sort de l hopital', 'sorti de l hopital', 'sortie d hospitalisation', 'na een ziekenhuisopname', 'na ziekenhuisopname', 'na de ziekenhuisopname']),
	('leerstoornis', array['difficultes d apprentissage', 'difficulte d apprentissage', 'troubles des apprentissages', 'leermoeilijkheden', 'leerproblemen']),
	('alcoolisme', array['probleme d alcool', 'probleme avec l alcool', 'alcoholprobleem', 'alcoholproblemen', 'drankproblemen']),
	('hospitalisation', array['hospitalise', 'hospitalisee', 'ziekenhuisopname', 'opgenomen in het ziekenhuis', 'in het ziekenhuis opgenomen']),
	('aide familiale', array['safa', 'service d aide aux familles et aux aines', 'services d aide aux familles et aux aines']),
	('eenoudergezin', array['maman seule', 'mere seule', 'papa seul', 'pere seul', 'mere celibataire', 'alleenstaande moeder', 'alleenstaande mama', 'alleenstaande vader', 'alleenstaande papa'])
) as v(anchor, terms)
where s.id = (select min(o.id) from search_synonym o
	where v.anchor = any(o.terms) and (o.created_by is null or o.created_by = 'thesaurus'));

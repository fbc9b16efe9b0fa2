-- The directory's change log for the search index (issue 17): which services each version of the directory changed,
-- so that every instance brings its own search index (Lucene, in memory) up to date by re-reading those services
-- only. A row with no service (service_id null) means "everything": a theme, taxonomy or synonym changed, or a table
-- was truncated; the index is then rebuilt.
--
-- The rows are written by statement triggers during the change's transaction with no version yet; the deferred
-- trigger that raises directory_version at commit (V44) stamps them with the new number, so a reader that sees
-- version N also sees every change up to N.
create table directory_change (
	id bigint generated always as identity primary key,
	xid xid8 not null default pg_current_xact_id(),
	version bigint,
	service_id uuid,
	changed_at timestamptz not null default now()
);
create index directory_change_version_idx on directory_change (version);
create index directory_change_pending_idx on directory_change (xid) where version is null;

create or replace function directory_version_raise() returns trigger
language plpgsql as $$
declare
	raised bigint;
begin
	-- Once per transaction: a transaction-local setting remembers that it was raised.
	if current_setting('maillage.directory_version_raised', true) is distinct from 'yes' then
		update directory_version set version = version + 1 returning version into raised;
		update directory_change set version = raised where version is null and xid = pg_current_xact_id();
		perform set_config('maillage.directory_version_raised', 'yes', true);
	end if;
	return null;
end
$$;

-- Changed services from a statement's transition table (TG_ARGV[0] names the column holding the service id).
create function directory_change_rows() returns trigger
language plpgsql as $$
begin
	if TG_OP in ('INSERT', 'UPDATE') then
		execute format('insert into directory_change (service_id) select distinct %I from changed_new', TG_ARGV[0]);
	end if;
	if TG_OP in ('UPDATE', 'DELETE') then
		execute format('insert into directory_change (service_id) select distinct %I from changed_old', TG_ARGV[0]);
	end if;
	return null;
end
$$;

-- A place moved or was renamed: the services at it.
create function directory_change_location() returns trigger
language plpgsql as $$
begin
	insert into directory_change (service_id)
	select distinct sal.service_id from service_at_location sal join changed_new n on n.id = sal.location_id;
	return null;
end
$$;

-- An organisation was renamed: its services.
create function directory_change_organization() returns trigger
language plpgsql as $$
begin
	insert into directory_change (service_id)
	select s.id from service s join changed_new n on n.id = s.organization_id;
	return null;
end
$$;

-- Everything (themes, taxonomies, synonyms, truncations).
create function directory_change_all() returns trigger
language plpgsql as $$
begin
	insert into directory_change (service_id) values (null);
	return null;
end
$$;

do $$
declare
	t text[];
begin
	foreach t slice 1 in array array[['service', 'id'], ['service_taxonomy', 'service_id'],
			['service_at_location', 'service_id'], ['schedule', 'service_id']] loop
		execute format('create trigger %I after insert on %I referencing new table as changed_new'
			' for each statement execute function directory_change_rows(%L)', t[1] || '_change_insert', t[1], t[2]);
		execute format('create trigger %I after update on %I referencing old table as changed_old new table as changed_new'
			' for each statement execute function directory_change_rows(%L)', t[1] || '_change_update', t[1], t[2]);
		execute format('create trigger %I after delete on %I referencing old table as changed_old'
			' for each statement execute function directory_change_rows(%L)', t[1] || '_change_delete', t[1], t[2]);
		execute format('create trigger %I after truncate on %I for each statement'
			' execute function directory_change_all()', t[1] || '_change_truncate', t[1]);
	end loop;
end
$$;

create trigger location_change_update after update on location referencing new table as changed_new
	for each statement execute function directory_change_location();
create trigger organization_change_update after update on organization referencing new table as changed_new
	for each statement execute function directory_change_organization();
create trigger taxonomy_term_change after insert or update or delete on taxonomy_term
	for each statement execute function directory_change_all();
create trigger taxonomy_change after insert or update or delete on taxonomy
	for each statement execute function directory_change_all();

-- The thesaurus (issue 17): the editors' synonym groups become concepts named in French, Dutch and English, so that a
-- search in English ("speech therapist") finds services written in French or Dutch ("logopède", "logopedist").
-- Seeded from two checkable sources: (1) the directory's own theme labels, each theme's fr, nl and en label as one
-- group; (2) the common vocabulary of the Brussels social-health field as the bilingual Brussels administrations and
-- the federal health portals name it (professions, services, needs, groups of people), written by hand with the
-- English usual in health and social care. Editors change them like any synonym.
insert into search_synonym (terms, created_by)
select array_agg(distinct term), 'thesaurus'
from taxonomy_term t
cross join lateral (values (lower(directory_unaccent(t.label ->> 'fr'))), (lower(directory_unaccent(t.label ->> 'nl'))),
	(lower(directory_unaccent(t.label ->> 'en')))) as v(term)
where term is not null
group by t.id
having count(distinct term) >= 2;

insert into search_synonym (terms, created_by) values
	(array['logopede', 'logopedes', 'logopedie', 'logopediste', 'logopedist', 'logopedisten', 'speech therapist', 'speech therapy', 'speech and language therapist'], 'thesaurus'),
	(array['kinesitherapeute', 'kinesitherapie', 'kine', 'kines', 'kinesist', 'kinesitherapeut', 'physiotherapist', 'physiotherapy', 'physio', 'kinesitherapeuten'], 'thesaurus'),
	(array['dentiste', 'soins dentaires', 'cabinet dentaire', 'tandarts', 'tandzorg', 'tandartsen', 'dentist', 'dental care', 'dental'], 'thesaurus'),
	(array['ergotherapeute', 'ergotherapie', 'ergotherapeut', 'occupational therapist', 'occupational therapy'], 'thesaurus'),
	(array['podologue', 'pedicure medicale', 'podoloog', 'medische pedicure', 'podiatrist', 'chiropodist'], 'thesaurus'),
	(array['dieteticien', 'dieteticienne', 'dietetique', 'dietist', 'dieetadvies', 'dietitian', 'nutritionist'], 'thesaurus'),
	(array['psychologue', 'psychologie', 'psycholoog', 'psychologen', 'psychologist', 'psychologists', 'psy'], 'thesaurus'),
	(array['psychiatre', 'psychiatrie', 'psychiater', 'psychiatry', 'psychiatrist'], 'thesaurus'),
	(array['psychotherapie', 'psychotherapeute', 'psychotherapeut', 'psychotherapy', 'psychotherapist', 'therapie', 'therapy'], 'thesaurus'),
	(array['sante mentale', 'geestelijke gezondheid', 'geestelijke gezondheidszorg', 'mental health', 'mental health care'], 'thesaurus'),
	(array['service de sante mentale', 'ssm', 'cgg', 'centrum geestelijke gezondheidszorg', 'mental health centre', 'mental health center'], 'thesaurus'),
	(array['assuetudes', 'assuetude', 'addiction', 'addictions', 'verslaving', 'verslavingszorg', 'verslavingen', 'addiction care', 'substance abuse', 'toxicomanie'], 'thesaurus'),
	(array['alcool', 'alcoolisme', 'alcohol', 'alcoholisme', 'alcoholism', 'drinking problem', 'alcohol problem'], 'thesaurus'),
	(array['drogue', 'drogues', 'drugs', 'drug', 'cannabis', 'stupefiants'], 'thesaurus'),
	(array['tabac', 'tabagisme', 'arreter de fumer', 'tabacologue', 'roken', 'rookstop', 'stoppen met roken', 'tabakoloog', 'smoking', 'quit smoking', 'tobacco'], 'thesaurus'),
	(array['jeu excessif', 'jeux de hasard', 'gokken', 'gokverslaving', 'gambling', 'problem gambling'], 'thesaurus'),
	(array['medecin generaliste', 'generaliste', 'huisarts', 'huisartsen', 'mg', 'gp', 'general practitioner', 'family doctor', 'doctor', 'medecin'], 'thesaurus'),
	(array['medecin de garde', 'garde medicale', 'huisartsenwachtpost', 'huisarts van wacht', 'wachtdienst', 'gp on call', 'doctor on call', 'out of hours doctor', '1733'], 'thesaurus'),
	(array['maison medicale', 'wijkgezondheidscentrum', 'wgc', 'community health centre', 'community health center'], 'thesaurus'),
	(array['infirmier', 'infirmiere', 'infirmiers', 'infirmieres', 'verpleegkundige', 'verpleegkundigen', 'nurse', 'nurses', 'nursing'], 'thesaurus'),
	(array['soins infirmiers a domicile', 'infirmiere a domicile', 'thuisverpleging', 'thuisverpleegkundige', 'home nursing', 'home nurse', 'district nurse'], 'thesaurus'),
	(array['aide familiale', 'aides familiales', 'gezinszorg', 'gezinshulp', 'familiehulp', 'family help', 'home help', 'home care worker'], 'thesaurus'),
	(array['aide a domicile', 'aide et soins a domicile', 'thuishulp', 'thuiszorg', 'home care', 'care at home'], 'thesaurus'),
	(array['repas a domicile', 'repas chauds', 'maaltijden aan huis', 'warme maaltijden', 'meals on wheels', 'meal delivery'], 'thesaurus'),
	(array['aide aux familles', 'soutien aux familles', 'gezinsondersteuning', 'family support'], 'thesaurus'),
	(array['maison de repos', 'mr', 'mrs', 'maison de repos et de soins', 'wzc', 'woonzorgcentrum', 'rusthuis', 'nursing home', 'care home', 'retirement home'], 'thesaurus'),
	(array['centre de jour', 'accueil de jour', 'dagcentrum', 'dagopvang', 'day centre', 'day center', 'day care'], 'thesaurus'),
	(array['personnes agees', 'seniors', 'senior', 'aines', 'ouderen', 'bejaarden', 'senioren', 'elderly', 'older people', 'older persons', 'elderly people'], 'thesaurus'),
	(array['isolement', 'personne isolee', 'personnes isolees', 'solitude', 'eenzaamheid', 'eenzame', 'alleenstaande', 'isolation', 'loneliness', 'lonely', 'isolated'], 'thesaurus'),
	(array['visite a domicile', 'visites a domicile', 'huisbezoek', 'huisbezoeken', 'home visit', 'home visits'], 'thesaurus'),
	(array['aidant proche', 'aidants proches', 'aidant', 'mantelzorger', 'mantelzorgers', 'mantelzorg', 'carer', 'carers', 'caregiver', 'informal carer'], 'thesaurus'),
	(array['repit', 'soins de repit', 'respijt', 'respijtzorg', 'respite', 'respite care'], 'thesaurus'),
	(array['soins palliatifs', 'palliatif', 'palliatifs', 'palliatieve zorg', 'palliatief', 'palliative care', 'palliative', 'hospice'], 'thesaurus'),
	(array['fin de vie', 'levenseinde', 'end of life', 'end-of-life'], 'thesaurus'),
	(array['deuil', 'rouw', 'rouwbegeleiding', 'bereavement', 'grief', 'mourning'], 'thesaurus'),
	(array['demence', 'alzheimer', 'maladie d alzheimer', 'dementie', 'geheugenproblemen', 'dementia', 'memory loss'], 'thesaurus'),
	(array['diabete', 'diabetique', 'diabetes', 'suikerziekte', 'diabetic'], 'thesaurus'),
	(array['cpas', 'ocmw', 'centre public d action sociale', 'openbaar centrum voor maatschappelijk welzijn', 'public centre for social welfare', 'social welfare office'], 'thesaurus'),
	(array['revenu d integration', 'ris', 'leefloon', 'integration income', 'social assistance', 'welfare benefit'], 'thesaurus'),
	(array['aide sociale', 'service social', 'assistant social', 'assistante sociale', 'maatschappelijk werk', 'sociale dienst', 'maatschappelijk werker', 'social work', 'social worker', 'social services'], 'thesaurus'),
	(array['aide medicale urgente', 'amu', 'dringende medische hulp', 'dmh', 'urgent medical aid', 'emergency medical aid'], 'thesaurus'),
	(array['sans papiers', 'sans titre de sejour', 'personnes sans papiers', 'mensen zonder papieren', 'zonder wettig verblijf', 'undocumented', 'undocumented migrants'], 'thesaurus'),
	(array['sans abri', 'sans-abri', 'sdf', 'personnes sans abri', 'dakloos', 'dakloze', 'daklozen', 'thuislozen', 'homeless', 'homelessness', 'rough sleepers'], 'thesaurus'),
	(array['abri de nuit', 'hebergement d urgence', 'nachtopvang', 'noodopvang', 'night shelter', 'emergency shelter', 'shelter'], 'thesaurus'),
	(array['logement', 'logements', 'huisvesting', 'wonen', 'woning', 'housing', 'accommodation'], 'thesaurus'),
	(array['logement social', 'sociale woning', 'sociale huisvesting', 'social housing'], 'thesaurus'),
	(array['agence immobiliere sociale', 'ais', 'sociaal verhuurkantoor', 'svk', 'social rental agency'], 'thesaurus'),
	(array['expulsion', 'uithuiszetting', 'eviction'], 'thesaurus'),
	(array['bail', 'proprietaire', 'huurcontract', 'huisbaas', 'verhuurder', 'lease', 'landlord', 'tenancy'], 'thesaurus'),
	(array['dettes', 'surendettement', 'mediation de dettes', 'schulden', 'schuldbemiddeling', 'schuldhulpverlening', 'debt', 'debts', 'debt counselling', 'debt advice'], 'thesaurus'),
	(array['aide juridique', 'avocat', 'pro deo', 'juridische bijstand', 'advocaat', 'juridisch advies', 'legal aid', 'lawyer', 'legal advice'], 'thesaurus'),
	(array['aide alimentaire', 'colis alimentaire', 'colis alimentaires', 'banque alimentaire', 'epicerie sociale', 'voedselhulp', 'voedselpakket', 'voedselpakketten', 'voedselbank', 'sociale kruidenier', 'food aid', 'food bank', 'food parcel'], 'thesaurus'),
	(array['restaurant social', 'resto du coeur', 'sociaal restaurant', 'social restaurant', 'soup kitchen'], 'thesaurus'),
	(array['mutualite', 'mutuelle', 'mutualites', 'ziekenfonds', 'health insurance', 'health insurance fund'], 'thesaurus'),
	(array['remboursement', 'terugbetaling', 'reimbursement'], 'thesaurus'),
	(array['planning familial', 'centre de planning', 'gezinsplanning', 'centrum voor gezinsplanning', 'family planning'], 'thesaurus'),
	(array['contraception', 'contraceptif', 'anticonceptie', 'contraceptive'], 'thesaurus'),
	(array['ivg', 'interruption volontaire de grossesse', 'avortement', 'abortus', 'zwangerschapsafbreking', 'abortion'], 'thesaurus'),
	(array['grossesse', 'femme enceinte', 'enceinte', 'zwangerschap', 'zwanger', 'pregnancy', 'pregnant'], 'thesaurus'),
	(array['suivi prenatal', 'consultation prenatale', 'prenatale zorg', 'prenatal care', 'antenatal care'], 'thesaurus'),
	(array['nourrisson', 'bebe', 'bebes', 'baby', 'babys', 'zuigeling', 'infant', 'newborn'], 'thesaurus'),
	(array['vaccination', 'vaccin', 'vaccins', 'vaccinatie', 'inenting', 'vaccine', 'vaccines', 'immunisation'], 'thesaurus'),
	(array['enfant', 'enfants', 'kind', 'kinderen', 'child', 'children', 'kid', 'kids'], 'thesaurus'),
	(array['adolescent', 'adolescents', 'ado', 'ados', 'jeune', 'jeunes', 'jongere', 'jongeren', 'tiener', 'tieners', 'teenager', 'teenagers', 'youth', 'young people'], 'thesaurus'),
	(array['creche', 'halte garderie', 'kinderopvang', 'kinderdagverblijf', 'childcare', 'day nursery'], 'thesaurus'),
	(array['ecole de devoirs', 'huiswerkbegeleiding', 'huiswerkklas', 'homework club', 'homework help'], 'thesaurus'),
	(array['parentalite', 'soutien a la parentalite', 'opvoedingsondersteuning', 'parenting', 'parenting support'], 'thesaurus'),
	(array['violence conjugale', 'violences conjugales', 'violence dans le couple', 'partnergeweld', 'intrafamiliaal geweld', 'domestic violence', 'intimate partner violence'], 'thesaurus'),
	(array['maltraitance', 'mishandeling', 'abuse', 'elder abuse'], 'thesaurus'),
	(array['victime', 'victimes', 'slachtoffer', 'slachtoffers', 'victim', 'victims'], 'thesaurus'),
	(array['suicide', 'prevention suicide', 'zelfmoord', 'zelfdoding', 'zelfmoordpreventie', 'suicide prevention'], 'thesaurus'),
	(array['ligne d ecoute', 'ecoute telephonique', 'luisterlijn', 'hulplijn', 'helpline', 'hotline', 'listening line'], 'thesaurus'),
	(array['urgence', 'urgences', 'spoed', 'spoedgevallen', 'emergency', 'emergencies'], 'thesaurus'),
	(array['hopital', 'hopitaux', 'ziekenhuis', 'ziekenhuizen', 'hospital'], 'thesaurus'),
	(array['revalidation', 'reeducation', 'revalidatie', 'rehabilitation', 'rehab'], 'thesaurus'),
	(array['avc', 'accident vasculaire cerebral', 'beroerte', 'cva', 'stroke'], 'thesaurus'),
	(array['handicap', 'personne handicapee', 'personnes handicapees', 'situation de handicap', 'beperking', 'personen met een handicap', 'disability', 'disabled', 'disabled people'], 'thesaurus'),
	(array['mobilite reduite', 'chaise roulante', 'fauteuil roulant', 'rolstoel', 'minder mobiel', 'beperkte mobiliteit', 'wheelchair', 'reduced mobility'], 'thesaurus'),
	(array['transport adapte', 'transport accompagne', 'taxi social', 'aangepast vervoer', 'adapted transport', 'patient transport'], 'thesaurus'),
	(array['sourd', 'sourds', 'malentendant', 'malentendants', 'doof', 'doven', 'slechthorend', 'slechthorenden', 'deaf', 'hard of hearing'], 'thesaurus'),
	(array['aveugle', 'aveugles', 'malvoyant', 'malvoyants', 'blind', 'blinden', 'slechtziend', 'slechtzienden', 'visually impaired'], 'thesaurus'),
	(array['langue des signes', 'gebarentaal', 'sign language'], 'thesaurus'),
	(array['autisme', 'autiste', 'autistes', 'autist', 'autism', 'autistic'], 'thesaurus'),
	(array['interprete', 'interpretariat', 'tolk', 'tolken', 'sociaal tolken', 'interpreter', 'interpreting'], 'thesaurus'),
	(array['primo arrivant', 'primo arrivants', 'nouvel arrivant', 'nieuwkomer', 'nieuwkomers', 'newcomer', 'newcomers', 'newly arrived'], 'thesaurus'),
	(array['migrant', 'migrants', 'migranten', 'refugie', 'refugies', 'vluchteling', 'vluchtelingen', 'refugee', 'refugees', 'asylum seeker'], 'thesaurus'),
	(array['cours de francais', 'francais langue etrangere', 'fle', 'franse les', 'franse lessen', 'french classes'], 'thesaurus'),
	(array['cours de neerlandais', 'nederlandse les', 'nederlandse lessen', 'nt2', 'dutch classes'], 'thesaurus'),
	(array['emploi', 'recherche d emploi', 'chercheur d emploi', 'werk', 'werkzoekende', 'werkzoekenden', 'job', 'jobs', 'employment', 'job seeker', 'job search'], 'thesaurus'),
	(array['formation', 'opleiding', 'opleidingen', 'training', 'vocational training'], 'thesaurus'),
	(array['energie', 'facture d energie', 'gaz et electricite', 'energiefactuur', 'energy', 'energy bill', 'gas and electricity'], 'thesaurus'),
	(array['telealarme', 'televigilance', 'bouton d appel', 'personenalarm', 'alarm', 'personal alarm'], 'thesaurus'),
	(array['chute', 'chutes', 'vallen', 'fall', 'falls'], 'thesaurus'),
	(array['depistage', 'screening', 'opsporing', 'testing'], 'thesaurus'),
	(array['vih', 'sida', 'hiv', 'aids'], 'thesaurus'),
	(array['ist', 'infections sexuellement transmissibles', 'soa', 'seksueel overdraagbare aandoeningen', 'sti', 'std', 'sexually transmitted infections'], 'thesaurus'),
	(array['tuberculose', 'tbc', 'tuberculosis', 'tb'], 'thesaurus'),
	(array['sante sexuelle', 'seksuele gezondheid', 'sexual health'], 'thesaurus'),
	(array['numerique', 'informatique', 'ordinateur', 'fracture numerique', 'digitale kloof', 'computer', 'digital', 'digital inclusion'], 'thesaurus'),
	(array['demarches administratives', 'papiers', 'formulaires', 'administratie', 'administratieve hulp', 'paperwork', 'forms', 'administrative help'], 'thesaurus'),
	(array['ecrivain public', 'openbare schrijver', 'public letter writer'], 'thesaurus'),
	(array['accompagnement', 'soutien', 'begeleiding', 'ondersteuning', 'support', 'guidance', 'accompaniment'], 'thesaurus'),
	(array['orientation', 'information', 'orientatie', 'informatie', 'doorverwijzing', 'information and referral', 'signposting'], 'thesaurus'),
	(array['domicile', 'a domicile', 'thuis', 'aan huis', 'at home', 'home based'], 'thesaurus'),
	(array['gratuit', 'gratuite', 'gratis', 'kosteloos', 'free', 'free of charge', 'no cost'], 'thesaurus'),
	(array['bas prix', 'petit prix', 'pas cher', 'prix social', 'tarif social', 'goedkoop', 'goedkope', 'sociaal tarief', 'low cost', 'cheap', 'affordable'], 'thesaurus'),
	(array['nuit', 'la nuit', 'nacht', 's nachts', 'night', 'at night', 'overnight'], 'thesaurus'),
	(array['week-end', 'weekend', 'week end'], 'thesaurus'),
	(array['bas seuil', 'laagdrempelig', 'low threshold'], 'thesaurus'),
	(array['travailleur de rue', 'travail de rue', 'straathoekwerk', 'straathoekwerker', 'street work', 'outreach worker'], 'thesaurus'),
	(array['infirmier de rue', 'straatverpleegkundige', 'street nurse'], 'thesaurus'),
	(array['hygiene', 'douche', 'douches', 'shower', 'showers'], 'thesaurus'),
	(array['lessive', 'wasserette', 'laundry'], 'thesaurus'),
	(array['vetements', 'vestiaire social', 'kleding', 'kledingbank', 'clothes', 'clothing'], 'thesaurus'),
	(array['consultation', 'consultations', 'consultatie', 'consultaties', 'spreekuur', 'appointment'], 'thesaurus'),
	(array['permanence', 'permanences', 'permanentie', 'drop in', 'walk in'], 'thesaurus'),
	(array['guidance', 'centre de guidance', 'begeleidingscentrum', 'guidance centre', 'child guidance'], 'thesaurus'),
	(array['psychomotricite', 'psychomotricien', 'psychomotoriek', 'psychomotor therapy'], 'thesaurus'),
	(array['neurologie', 'neurologique', 'neurology', 'neurological'], 'thesaurus'),
	(array['cancer', 'kanker', 'oncologie', 'oncology'], 'thesaurus'),
	(array['douleur', 'pijn', 'pain'], 'thesaurus'),
	(array['sommeil', 'slaap', 'sleep'], 'thesaurus'),
	(array['audition', 'appareil auditif', 'hoorapparaat', 'hearing', 'hearing aid'], 'thesaurus'),
	(array['lunettes', 'ophtalmologue', 'oogarts', 'bril', 'eye doctor', 'glasses', 'optician'], 'thesaurus'),
	(array['pharmacie', 'pharmacien', 'apotheek', 'apotheker', 'pharmacy', 'pharmacist'], 'thesaurus'),
	(array['medicaments', 'medicament', 'geneesmiddelen', 'medicatie', 'medication', 'medicines'], 'thesaurus'),
	(array['hospitalisation', 'opname', 'admission'], 'thesaurus'),
	(array['incapacite de travail', 'indemnites', 'arbeidsongeschiktheid', 'uitkering', 'incapacity for work', 'sickness benefit'], 'thesaurus'),
	(array['allocations', 'allocation', 'tegemoetkoming', 'uitkeringen', 'allowance', 'benefits'], 'thesaurus'),
	(array['pension', 'retraite', 'pensioen', 'retirement'], 'thesaurus'),
	(array['tutelle', 'administrateur de biens', 'bewindvoering', 'bewindvoerder', 'guardianship'], 'thesaurus'),
	(array['mediation', 'bemiddeling'], 'thesaurus'),
	(array['conflit familial', 'conflits familiaux', 'gezinsconflict', 'familieconflict', 'family conflict'], 'thesaurus'),
	(array['jeunes en difficulte', 'aide a la jeunesse', 'jeugdhulp', 'jeugdzorg', 'youth care', 'youth services'], 'thesaurus'),
	(array['aide aux victimes', 'slachtofferhulp', 'victim support'], 'thesaurus'),
	(array['prison', 'detenus', 'gevangenis', 'gedetineerden', 'prisoners', 'detainees'], 'thesaurus'),
	(array['prostitution', 'travail du sexe', 'prostitutie', 'sekswerk', 'sex work'], 'thesaurus'),
	(array['lgbt', 'lgbtqi', 'holebi', 'lgbtqia'], 'thesaurus'),
	(array['femmes', 'femme', 'vrouwen', 'vrouw', 'women', 'woman'], 'thesaurus'),
	(array['hommes', 'homme', 'mannen', 'men'], 'thesaurus'),
	(array['famille', 'familles', 'gezin', 'gezinnen', 'familie', 'family', 'families'], 'thesaurus'),
	(array['parents', 'ouders'], 'thesaurus'),
	(array['bilan', 'evaluation', 'diagnostic', 'onderzoek', 'diagnose', 'assessment', 'diagnosis'], 'thesaurus'),
	(array['begaiement', 'stotteren', 'stuttering', 'stammering'], 'thesaurus'),
	(array['dyslexie', 'dyslexia'], 'thesaurus'),
	(array['langage', 'troubles du langage', 'taal', 'taalstoornis', 'taalontwikkeling', 'language', 'language disorder'], 'thesaurus');

package brussels.maillage.directory.demo;

import java.util.List;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.ServiceKind;

/**
 * The demo directory's word lists: the 19 communes with real street names, the kinds of
 * service it invents, and the names and sentences it draws from (a data file in Java; it
 * stays larger than the other classes).
 */
final class DemoWords {

	private DemoWords() {
	}

	/**
	 * A commune with its NIS code, postcode, bassin, a centre point and real street
	 * names.
	 */
	record Commune(String nis, String fr, String nl, String postcode, String bassin, double lat, double lon,
			List<String> streets) {
	}

	static final List<Commune> COMMUNES = List.of(
			new Commune("21001", "Anderlecht", "Anderlecht", "1070", "CENTRE_OUEST", 50.8366, 4.3090,
					List.of("Rue Wayez", "Chaussée de Mons", "Rue Eloy", "Avenue Clemenceau", "Rue de Fiennes")),
			new Commune("21002", "Auderghem", "Oudergem", "1160", "SUD_EST", 50.8155, 4.4265,
					List.of("Boulevard du Souverain", "Chaussée de Wavre", "Rue Émile Idiers")),
			new Commune("21003", "Berchem-Sainte-Agathe", "Sint-Agatha-Berchem", "1082", "NORD", 50.8640, 4.2950,
					List.of("Avenue du Roi Albert", "Rue de Grand-Bigard", "Rue des Alcyons")),
			new Commune("21004", "Bruxelles", "Brussel", "1000", "CENTRE_OUEST", 50.8440, 4.3500,
					List.of("Rue Haute", "Rue Blaes", "Rue du Midi", "Boulevard Anspach", "Rue des Tanneurs",
							"Avenue Louise")),
			new Commune("21005", "Etterbeek", "Etterbeek", "1040", "SUD_EST", 50.8340, 4.3890,
					List.of("Avenue d'Auderghem", "Rue des Champs", "Avenue de la Chasse")),
			new Commune("21006", "Evere", "Evere", "1140", "NORD_EST", 50.8700, 4.4020,
					List.of("Chaussée de Haecht", "Rue Édouard Stuckens", "Avenue Henri Conscience")),
			new Commune("21007", "Forest", "Vorst", "1190", "SUD", 50.8110, 4.3200,
					List.of("Chaussée de Neerstalle", "Avenue Van Volxem", "Rue du Croissant")),
			new Commune("21008", "Ganshoren", "Ganshoren", "1083", "NORD", 50.8710, 4.3170,
					List.of("Avenue Charles-Quint", "Avenue Van Overbeke")),
			new Commune("21009", "Ixelles", "Elsene", "1050", "SUD", 50.8280, 4.3720,
					List.of("Avenue Louise", "Chaussée d'Ixelles", "Rue du Trône", "Chaussée de Boondael",
							"Rue Malibran")),
			new Commune("21010", "Jette", "Jette", "1090", "NORD", 50.8780, 4.3270,
					List.of("Rue Léopold Ier", "Boulevard de Smet de Naeyer", "Rue Ferdinand Lenoir")),
			new Commune("21011", "Koekelberg", "Koekelberg", "1081", "NORD", 50.8620, 4.3290,
					List.of("Rue Herkoliers", "Avenue de la Liberté")),
			new Commune("21012", "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "1080", "CENTRE_OUEST", 50.8550, 4.3230,
					List.of("Chaussée de Gand", "Rue de Ribaucourt", "Boulevard Léopold II", "Rue du Comte de Flandre",
							"Chaussée de Ninove")),
			new Commune("21013", "Saint-Gilles", "Sint-Gillis", "1060", "SUD", 50.8270, 4.3460,
					List.of("Rue de la Victoire", "Chaussée de Waterloo", "Avenue Jean Volders", "Rue de Mérode")),
			new Commune("21014", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "1210", "NORD_EST", 50.8540, 4.3720,
					List.of("Chaussée de Louvain", "Rue de la Limite", "Avenue de l'Astronomie")),
			new Commune("21015", "Schaerbeek", "Schaarbeek", "1030", "NORD_EST", 50.8670, 4.3780,
					List.of("Chaussée de Haecht", "Boulevard Lambermont", "Avenue Louis Bertrand",
							"Rue Royale Sainte-Marie", "Chaussée d'Helmet")),
			new Commune("21016", "Uccle", "Ukkel", "1180", "SUD", 50.8010, 4.3370,
					List.of("Chaussée d'Alsemberg", "Rue Vanderkindere", "Avenue De Fré")),
			new Commune("21017", "Watermael-Boitsfort", "Watermaal-Bosvoorde", "1170", "SUD", 50.8000, 4.4150,
					List.of("Place Keym", "Avenue de la Houlette", "Chaussée de La Hulpe")),
			new Commune("21018", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "1200", "SUD_EST", 50.8450, 4.4280,
					List.of("Avenue Georges Henri", "Rue Voot", "Avenue de Broqueville")),
			new Commune("21019", "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", "1150", "SUD_EST", 50.8330, 4.4440,
					List.of("Avenue de Tervueren", "Rue au Bois", "Avenue Charles Thielemans")));

	/**
	 * A kind of service the generator can invent.
	 */
	record Template(String theme, String nameFr, String nameNl, String descriptionFr, String descriptionNl,
			ServiceKind kind, Cost cost, AreaLevel level, List<String> targetGroups, Integer minimumAge,
			String organisationFr, String organisationNl) {
	}

	static final List<Template> TEMPLATES = List.of(new Template("family_help", "Service d'aide familiale",
			"Dienst voor gezinszorg",
			"Aides familiales et aides seniors à domicile : courses, repas, entretien, hygiène et accompagnement des personnes en perte d'autonomie.",
			"Verzorgenden en gezinshelpers aan huis: boodschappen, maaltijden, huishouden, persoonlijke verzorging voor wie minder zelfredzaam is.",
			ServiceKind.SERVICE, Cost.SLIDING_SCALE, AreaLevel.COMMUNE, List.of("seniors", "families"), null,
			"Aide à domicile", "Thuishulp"),
			new Template("home_nursing", "Soins infirmiers à domicile", "Thuisverpleging",
					"Infirmières et infirmiers à domicile 7 jours sur 7 : pansements, injections, soins d'hygiène, suivi du diabète, soins palliatifs.",
					"Verpleegkundigen aan huis, 7 dagen op 7: wondzorg, inspuitingen, hygiënische zorg, opvolging van diabetes.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.COMMUNE, List.of("adults", "seniors"), null,
					"Soins à domicile", "Thuiszorg"),
			new Template("meals", "Repas à domicile", "Maaltijden aan huis",
					"Livraison de repas chauds ou froids à domicile, régimes adaptés (diabète, sans sel).",
					"Levering van warme of koude maaltijden aan huis, aangepaste diëten.", ServiceKind.SERVICE,
					Cost.PAID, AreaLevel.COMMUNE, List.of("seniors"), null, "Repas", "Maaltijden"),
			new Template("palliative_home", "Équipe de soutien en soins palliatifs à domicile",
					"Palliatieve thuiszorgequipe",
					"Accompagnement des personnes en fin de vie à domicile et de leurs proches, en soutien au médecin généraliste et aux infirmiers.",
					"Begeleiding van mensen in hun laatste levensfase thuis en van hun naasten, ter ondersteuning van huisarts en verpleging.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.BASSIN, List.of("adults", "carers"), null,
					"Soins palliatifs", "Palliatieve zorg"),
			new Template("bereavement", "Groupe de parole pour personnes endeuillées", "Praatgroep rond rouw",
					"Rencontres mensuelles pour personnes ayant perdu un proche, animées par une psychologue.",
					"Maandelijkse praatgroep voor mensen die een naaste verloren, begeleid door een psycholoog.",
					ServiceKind.SERVICE, Cost.LOW_THRESHOLD, AreaLevel.BASSIN, List.of("adults"), 18, "Deuil", "Rouw"),
			new Template("ssm", "Service de santé mentale", "Centrum voor geestelijke gezondheidszorg",
					"Consultations psychologiques, psychiatriques et sociales pour enfants, adolescents et adultes ; tarif adapté aux revenus.",
					"Psychologische, psychiatrische en sociale consultaties voor kinderen, jongeren en volwassenen; tarief volgens inkomen.",
					ServiceKind.SERVICE, Cost.SLIDING_SCALE, AreaLevel.COMMUNE, List.of("children", "youth", "adults"),
					null, "Santé mentale", "Geestelijke gezondheid"),
			new Template("psychologist", "Psychologue de première ligne", "Eerstelijnspsycholoog",
					"Séances de soutien psychologique de courte durée, accessibles sans longue attente, remboursées.",
					"Kortdurende psychologische ondersteuning, snel toegankelijk en terugbetaald.", ServiceKind.SERVICE,
					Cost.LOW_THRESHOLD, AreaLevel.BASSIN, List.of("adults", "youth"), 15, "Psychologie", "Psychologie"),
			new Template("homelessness", "Accueil de jour pour personnes sans abri", "Dagcentrum voor daklozen",
					"Accueil inconditionnel, douches, lessive, repas, permanence sociale et soins infirmiers pour personnes sans abri.",
					"Onvoorwaardelijk onthaal, douches, wasmachine, maaltijden, sociale permanentie en verpleging voor daklozen.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.REGION, List.of("homeless"), 18, "Accueil", "Onthaal"),
			new Template("housing", "Service d'accompagnement au logement", "Woonbegeleiding",
					"Aide à la recherche d'un logement, médiation avec le propriétaire, prévention des expulsions, primes à l'installation.",
					"Hulp bij het zoeken naar een woning, bemiddeling met de eigenaar, preventie van uithuiszetting.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.COMMUNE, List.of("adults", "families"), null, "Logement",
					"Wonen"),
			new Template("health_insurance", "Permanence mutualité et droits en santé", "Zitdag ziekenfonds",
					"Aide pour s'affilier à une mutualité, statut BIM, maximum à facturer, remboursements.",
					"Hulp bij aansluiting bij een ziekenfonds, verhoogde tegemoetkoming, maximumfactuur.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.COMMUNE, List.of("adults"), null, "Droits", "Rechten"),
			new Template("urgent_medical_aid", "Accompagnement vers l'aide médicale urgente",
					"Begeleiding naar dringende medische hulp",
					"Information et accompagnement des personnes sans titre de séjour pour obtenir l'aide médicale urgente (AMU) auprès du CPAS.",
					"Informatie en begeleiding van mensen zonder verblijfsvergunning naar dringende medische hulp bij het OCMW.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.BASSIN, List.of("migrants"), null, "Santé pour tous",
					"Gezondheid voor iedereen"),
			new Template("diabetes_education", "Éducation au diabète de type 2", "Diabeteseducatie type 2",
					"Séances individuelles et en groupe avec éducatrice en diabétologie et diététicienne : alimentation, activité physique, glycémie.",
					"Individuele en groepssessies met diabeteseducator en diëtist: voeding, beweging, bloedsuiker.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.BASSIN, List.of("adults"), 18, "Diabète", "Diabetes"),
			new Template("nursing_homes", "Maison de repos et de soins", "Woonzorgcentrum",
					"Hébergement et soins pour personnes âgées dépendantes (MR/MRS), court séjour possible.",
					"Huisvesting en zorg voor zorgbehoevende ouderen, ook kortverblijf.", ServiceKind.SERVICE,
					Cost.PAID, AreaLevel.COMMUNE, List.of("seniors"), 60, "Résidence", "Residentie"),
			new Template("day_centres", "Centre de jour pour personnes âgées", "Dagverzorgingscentrum",
					"Accueil en journée de personnes âgées : activités, repas, soins, répit pour les aidants proches.",
					"Dagopvang voor ouderen: activiteiten, maaltijden, zorg en adempauze voor mantelzorgers.",
					ServiceKind.SERVICE, Cost.SLIDING_SCALE, AreaLevel.COMMUNE, List.of("seniors", "carers"), 60,
					"Centre de jour", "Dagcentrum"),
			new Template("seniors", "Antenne seniors de quartier", "Buurtpunt voor ouderen",
					"Lieu de rencontre et d'information pour les plus de 60 ans : activités, aide administrative, lutte contre l'isolement.",
					"Ontmoetings- en infopunt voor 60-plussers: activiteiten, administratieve hulp, tegen eenzaamheid.",
					ServiceKind.SERVICE, Cost.LOW_THRESHOLD, AreaLevel.QUARTIER, List.of("seniors"), 60, "Seniors",
					"Senioren"),
			new Template("carers", "Soutien aux aidants proches", "Ondersteuning van mantelzorgers",
					"Écoute, information, formations et groupes de parole pour les aidants proches.",
					"Luisterend oor, informatie, vorming en praatgroepen voor mantelzorgers.", ServiceKind.SERVICE,
					Cost.FREE, AreaLevel.BASSIN, List.of("carers"), null, "Aidants", "Mantelzorg"),
			new Template("addictions", "Centre de consultation en assuétudes", "Drughulpverlening",
					"Consultations, réduction des risques et accompagnement des personnes qui consomment alcool ou drogues, et de leurs proches.",
					"Consultaties, schadebeperking en begeleiding bij alcohol- of druggebruik, ook voor naasten.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.REGION, List.of("adults", "youth"), 16, "Assuétudes",
					"Verslavingszorg"),
			new Template("social_services", "Permanence sociale généraliste", "Algemene sociale dienst",
					"Service social de première ligne : aide administrative, demandes au CPAS, budget, énergie, droits sociaux.",
					"Eerstelijns sociale dienst: administratieve hulp, aanvragen bij het OCMW, budget, energie, sociale rechten.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.QUARTIER, List.of("adults", "families"), null,
					"Service social", "Sociaal werk"),
			new Template("medical_house", "Maison médicale", "Wijkgezondheidscentrum",
					"Équipe de médecins généralistes, infirmiers, kinés et assistants sociaux au forfait pour les habitants du quartier.",
					"Team van huisartsen, verpleegkundigen, kinesitherapeuten en maatschappelijk werkers, forfaitair voor buurtbewoners.",
					ServiceKind.SERVICE, Cost.FREE, AreaLevel.QUARTIER, List.of("adults", "children", "families"), null,
					"Maison médicale", "Wijkgezondheidscentrum"),
			new Template("gp_on_call", "Garde de médecine générale", "Huisartsenwachtdienst",
					"Médecins généralistes de garde la nuit, le week-end et les jours fériés.",
					"Huisartsen van wacht 's nachts, in het weekend en op feestdagen.", ServiceKind.SERVICE, Cost.PAID,
					AreaLevel.REGION, List.of("adults", "children"), null, "Garde", "Wachtdienst"),
			new Template("general_practice", "Cabinet de médecine générale", "Huisartsenpraktijk",
					"Consultations de médecine générale, visites à domicile, suivi des maladies chroniques.",
					"Consultaties bij de huisarts, huisbezoeken, opvolging van chronische ziekten.",
					ServiceKind.SERVICE, Cost.PAID, AreaLevel.COMMUNE, List.of("adults", "children"), null,
					"Médecine générale", "Huisartsen"),
			new Template("nursing", "Centre de soins infirmiers", "Verpleegpost",
					"Soins infirmiers au centre sans rendez-vous : pansements, prises de sang, vaccinations.",
					"Verpleegkundige zorg zonder afspraak: wondzorg, bloedafname, vaccinaties.", ServiceKind.SERVICE,
					Cost.LOW_THRESHOLD, AreaLevel.COMMUNE, List.of("adults"), null, "Soins", "Zorgpunt"),
			new Template("family_planning", "Centre de planning familial", "Centrum voor gezinsplanning",
					"Contraception, grossesse, IVG, vie affective et sexuelle, consultations juridiques et psychologiques.",
					"Anticonceptie, zwangerschap, abortus, relaties en seksualiteit, juridisch en psychologisch advies.",
					ServiceKind.SERVICE, Cost.LOW_THRESHOLD, AreaLevel.COMMUNE, List.of("youth", "adults"), 12,
					"Planning", "Gezinsplanning"));

	static final List<String> ORGANISATION_NAMES_FR = List.of("Les Glycines", "Le Tilleul d'Argent",
			"La Passerelle Verte", "Le Fil Rouge", "L'Escale Douce", "La Ruche Bleue", "Le Trèfle", "Les Hirondelles",
			"La Boussole", "Le Phare Urbain", "L'Olivier", "La Source Claire", "Le Jardin des Lilas",
			"La Clé des Champs", "Le Pas de Côté", "La Courte Échelle", "Le Colibri", "L'Horizon");

	static final List<String> ORGANISATION_NAMES_NL = List.of("De Zilverlinde", "Het Groene Pad", "De Brug",
			"Het Anker", "De Kompasroos", "De Lindeboom", "Het Trefpunt", "De Zwaluw", "De Vlinder", "Het Kruispunt");

	static final List<String> OTHER_LANGUAGES = List.of("en", "ar", "tr", "es", "pt", "ro", "pl", "ber");

	static final List<String> VARIED_NAMES_FR = List.of("La Boussole", "Le Pont", "La Passerelle", "L'Escale",
			"La Ruche", "La Source", "Le Colibri", "Le Phare", "Le Jardin", "Le Trèfle", "L'Olivier", "L'Horizon",
			"Le Fil", "La Clé", "L'Étoile", "La Marelle", "Le Cerisier", "Le Moulin", "L'Atelier", "Le Carrefour",
			"L'Ancre", "Le Sentier", "Le Nid", "Le Rivage", "La Maison Ouverte", "Le Relais", "La Main Tendue",
			"Le Tremplin", "La Lanterne", "Le Vivier");

	static final List<String> VARIED_PLACES_FR = List.of("du Midi", "des Marolles", "du Canal", "de la Senne",
			"du Parc", "des Étangs", "de la Gare", "du Béguinage", "du Sablon", "du Marché", "de la Chaussée",
			"des Quatre Vents", "du Vieux Moulin", "de la Place", "des Deux Rives", "");

	static final List<String> VARIED_NAMES_NL = List.of("De Brug", "Het Anker", "De Linde", "Het Kompas", "De Zwaluw",
			"De Vlinder", "Het Trefpunt", "De Bron", "De Schakel", "Het Nest", "De Molen", "De Sleutel", "Het Baken",
			"De Wegwijzer", "De Overkant", "Het Open Huis", "De Lantaarn", "De Springplank");

	static final List<String> VARIED_PLACES_NL = List.of("aan de Zenne", "aan het Kanaal", "in de Marollen",
			"bij het Park", "aan de Vijvers", "bij het Station", "op de Markt", "aan de Steenweg", "");

	static final List<String> ORGANISATION_FORMS_FR = List.of("Asbl", "Centre", "Maison", "Espace", "Réseau",
			"Collectif", "Service", "");

	static final List<String> ORGANISATION_FORMS_NL = List.of("Vzw", "Centrum", "Huis", "Netwerk", "Collectief",
			"Dienst", "");

	static final List<String> SERVICE_QUALIFIERS_FR = List.of("Antenne", "Permanence", "Consultation jeunes",
			"Pôle seniors", "Équipe mobile", "Accueil du soir", "Équipe de quartier", "Site");

	static final List<String> SERVICE_QUALIFIERS_NL = List.of("Antenne", "Permanentie", "Jongerenconsult",
			"Seniorenpool", "Mobiel team", "Avondonthaal", "Buurtteam", "Vestiging");

	static final List<String> EXTRA_SENTENCES_FR = List.of("Accessible aux personnes à mobilité réduite.",
			"Interprètes disponibles sur demande.", "Permanence sans rendez-vous le mardi matin.",
			"Accompagnement en français, néerlandais et anglais.",
			"Collaboration avec le CPAS et les maisons médicales du quartier.",
			"Liste d'attente d'environ trois semaines.", "Visites à domicile possibles pour les personnes isolées.",
			"Ateliers collectifs un samedi par mois.", "Orientation vers les services spécialisés si nécessaire.",
			"Soutien administratif : mutualité, allocations, logement.", "Accueil des familles monoparentales.",
			"Prise en charge des personnes sans titre de séjour.", "À deux pas du métro et du tram.",
			"Travail en réseau avec les hôpitaux bruxellois.", "Premier entretien gratuit et confidentiel.");

	static final List<String> EXTRA_SENTENCES_NL = List.of("Toegankelijk voor rolstoelgebruikers.",
			"Tolken beschikbaar op aanvraag.", "Vrije inloop op dinsdagvoormiddag.",
			"Begeleiding in het Nederlands, Frans en Engels.",
			"Samenwerking met het OCMW en de wijkgezondheidscentra van de buurt.",
			"Wachtlijst van ongeveer drie weken.", "Huisbezoeken mogelijk voor alleenstaanden.",
			"Groepsateliers één zaterdag per maand.", "Doorverwijzing naar gespecialiseerde diensten indien nodig.",
			"Administratieve hulp: ziekenfonds, uitkeringen, huisvesting.", "Onthaal van eenoudergezinnen.",
			"Zorg voor mensen zonder verblijfsvergunning.", "Vlakbij metro en tram.",
			"Samenwerking met de Brusselse ziekenhuizen.", "Eerste gesprek gratis en vertrouwelijk.");

}

package brussels.maillage.directory.demo;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;

/**
 * Invents a reproducible Brussels directory: organisations (never real ones) on real
 * streets of the 19 communes, services in French and Dutch across the directory's themes
 * and every level of service area, orientation lines and directories of directories. The
 * same seed gives the same directory, so it can feed demos, judged searches and
 * benchmarks of any size. A <em>varied</em> generator (for large synthetic directories)
 * also varies organisation names, service names and descriptions from a second random
 * stream, so that the plain demo directory of a seed stays the same.
 */
class DemoDirectoryGenerator {

	static final Instant REFERENCE_TIME = Instant.parse("2026-09-01T08:00:00Z");

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

	private static final List<String> ORGANISATION_NAMES_FR = List.of("Les Glycines", "Le Tilleul d'Argent",
			"La Passerelle Verte", "Le Fil Rouge", "L'Escale Douce", "La Ruche Bleue", "Le Trèfle", "Les Hirondelles",
			"La Boussole", "Le Phare Urbain", "L'Olivier", "La Source Claire", "Le Jardin des Lilas",
			"La Clé des Champs", "Le Pas de Côté", "La Courte Échelle", "Le Colibri", "L'Horizon");

	private static final List<String> ORGANISATION_NAMES_NL = List.of("De Zilverlinde", "Het Groene Pad", "De Brug",
			"Het Anker", "De Kompasroos", "De Lindeboom", "Het Trefpunt", "De Zwaluw", "De Vlinder", "Het Kruispunt");

	private static final List<String> OTHER_LANGUAGES = List.of("en", "ar", "tr", "es", "pt", "ro", "pl", "ber");

	private static final List<String> VARIED_NAMES_FR = List.of("La Boussole", "Le Pont", "La Passerelle", "L'Escale",
			"La Ruche", "La Source", "Le Colibri", "Le Phare", "Le Jardin", "Le Trèfle", "L'Olivier", "L'Horizon",
			"Le Fil", "La Clé", "L'Étoile", "La Marelle", "Le Cerisier", "Le Moulin", "L'Atelier", "Le Carrefour",
			"L'Ancre", "Le Sentier", "Le Nid", "Le Rivage", "La Maison Ouverte", "Le Relais", "La Main Tendue",
			"Le Tremplin", "La Lanterne", "Le Vivier");

	private static final List<String> VARIED_PLACES_FR = List.of("du Midi", "des Marolles", "du Canal", "de la Senne",
			"du Parc", "des Étangs", "de la Gare", "du Béguinage", "du Sablon", "du Marché", "de la Chaussée",
			"des Quatre Vents", "du Vieux Moulin", "de la Place", "des Deux Rives", "");

	private static final List<String> VARIED_NAMES_NL = List.of("De Brug", "Het Anker", "De Linde", "Het Kompas",
			"De Zwaluw", "De Vlinder", "Het Trefpunt", "De Bron", "De Schakel", "Het Nest", "De Molen", "De Sleutel",
			"Het Baken", "De Wegwijzer", "De Overkant", "Het Open Huis", "De Lantaarn", "De Springplank");

	private static final List<String> VARIED_PLACES_NL = List.of("aan de Zenne", "aan het Kanaal", "in de Marollen",
			"bij het Park", "aan de Vijvers", "bij het Station", "op de Markt", "aan de Steenweg", "");

	private static final List<String> ORGANISATION_FORMS_FR = List.of("Asbl", "Centre", "Maison", "Espace", "Réseau",
			"Collectif", "Service", "");

	private static final List<String> ORGANISATION_FORMS_NL = List.of("Vzw", "Centrum", "Huis", "Netwerk", "Collectief",
			"Dienst", "");

	private static final List<String> SERVICE_QUALIFIERS_FR = List.of("Antenne", "Permanence", "Consultation jeunes",
			"Pôle seniors", "Équipe mobile", "Accueil du soir", "Équipe de quartier", "Site");

	private static final List<String> SERVICE_QUALIFIERS_NL = List.of("Antenne", "Permanentie", "Jongerenconsult",
			"Seniorenpool", "Mobiel team", "Avondonthaal", "Buurtteam", "Vestiging");

	private static final List<String> EXTRA_SENTENCES_FR = List.of("Accessible aux personnes à mobilité réduite.",
			"Interprètes disponibles sur demande.", "Permanence sans rendez-vous le mardi matin.",
			"Accompagnement en français, néerlandais et anglais.",
			"Collaboration avec le CPAS et les maisons médicales du quartier.",
			"Liste d'attente d'environ trois semaines.", "Visites à domicile possibles pour les personnes isolées.",
			"Ateliers collectifs un samedi par mois.", "Orientation vers les services spécialisés si nécessaire.",
			"Soutien administratif : mutualité, allocations, logement.", "Accueil des familles monoparentales.",
			"Prise en charge des personnes sans titre de séjour.", "À deux pas du métro et du tram.",
			"Travail en réseau avec les hôpitaux bruxellois.", "Premier entretien gratuit et confidentiel.");

	private static final List<String> EXTRA_SENTENCES_NL = List.of("Toegankelijk voor rolstoelgebruikers.",
			"Tolken beschikbaar op aanvraag.", "Vrije inloop op dinsdagvoormiddag.",
			"Begeleiding in het Nederlands, Frans en Engels.",
			"Samenwerking met het OCMW en de wijkgezondheidscentra van de buurt.",
			"Wachtlijst van ongeveer drie weken.", "Huisbezoeken mogelijk voor alleenstaanden.",
			"Groepsateliers één zaterdag per maand.", "Doorverwijzing naar gespecialiseerde diensten indien nodig.",
			"Administratieve hulp: ziekenfonds, uitkeringen, huisvesting.", "Onthaal van eenoudergezinnen.",
			"Zorg voor mensen zonder verblijfsvergunning.", "Vlakbij metro en tram.",
			"Samenwerking met de Brusselse ziekenhuizen.", "Eerste gesprek gratis en vertrouwelijk.");

	private final Random random;

	/** Extra variety for large directories, or {@code null} for the plain demo. */
	private final Random variety;

	DemoDirectoryGenerator(long seed) {
		this(seed, false);
	}

	/**
	 * A generator; a varied one gives each organisation, service name and description
	 * more variety (synthetic directories of any size), without changing the choices of
	 * the plain generator of the same seed.
	 */
	DemoDirectoryGenerator(long seed, boolean varied) {
		this.random = new Random(seed);
		this.variety = varied ? new Random(~seed) : null;
	}

	/** Receives a directory as it is generated, each organisation before its services. */
	interface Sink {

		void organization(RegisterOrganization organization);

		void service(RegisterService service);

	}

	/**
	 * Organisations and services of a directory.
	 *
	 * @param organizations the organisations with their places
	 * @param services their services
	 */
	record Directory(List<RegisterOrganization> organizations, List<RegisterService> services) {
	}

	/** A directory of at least {@code count} services (the fixed entries included). */
	Directory generate(int count) {
		List<RegisterOrganization> organizations = new ArrayList<>();
		List<RegisterService> services = new ArrayList<>();
		generate(count, new Sink() {

			@Override
			public void organization(RegisterOrganization organization) {
				organizations.add(organization);
			}

			@Override
			public void service(RegisterService service) {
				services.add(service);
			}

		});
		return new Directory(organizations, services);
	}

	/**
	 * Streams a directory of at least {@code count} services (the fixed entries included)
	 * to {@code sink}, so that very large directories need not fit in memory.
	 */
	void generate(int count, Sink sink) {
		List<RegisterOrganization> fixedOrganizations = new ArrayList<>();
		List<RegisterService> fixedServices = new ArrayList<>();
		fixedEntries(fixedOrganizations, fixedServices);
		fixedOrganizations.forEach(sink::organization);
		fixedServices.forEach(sink::service);
		DemoCpas.organizations().forEach(sink::organization);
		DemoCpas.services().forEach(sink::service);
		DemoNursingHomes.organizations().forEach(sink::organization);
		DemoNursingHomes.services().forEach(sink::service);
		int generated = fixedServices.size();
		// An organisation offering the same kind of service twice gave two services with
		// the same name at the same
		// address: the second is left out (its random draws are still made, so the rest
		// of the directory of a seed
		// stays as it was) and another service is generated at the end instead.
		Set<String> offeredAlready = new HashSet<>();
		while (generated < count) {
			Template template = pick(TEMPLATES);
			Commune commune = pick(COMMUNES);
			String writtenIn = writtenIn();
			String orgName = organisationName(template, commune, writtenIn);
			if (this.variety != null) {
				orgName = variedOrganisationName(template, commune, writtenIn);
			}
			List<ServiceLocation> locations = new ArrayList<>();
			int places = (this.random.nextInt(5) == 0) ? 2 : 1;
			for (int i = 0; i < places; i++) {
				locations.add(location(commune, template.theme().equals("homelessness") && i == 1));
			}
			RegisterOrganization organization = new RegisterOrganization(uuid(), orgName,
					LocalizedText.of("Association sans but lucratif active à " + commune.fr() + ".",
							"Vzw actief in " + commune.nl() + ".", null),
					email(orgName), "https://" + slug(orgName) + ".example.org", locations);
			sink.organization(organization);
			int offered = 1 + this.random.nextInt(3);
			for (int i = 0; i < offered && generated < count; i++) {
				Template chosen = (i == 0) ? template : related(template);
				RegisterService service = service(organization, chosen, commune, writtenIn);
				RegisterService emitted = (this.variety != null) ? varied(service, commune) : service;
				if (!offeredAlready.add(nameAndAddress(emitted, organization))) {
					continue;
				}
				sink.service(emitted);
				generated++;
			}
		}
	}

	/** What tells two services apart for a person: their names and their addresses. */
	static String nameAndAddress(RegisterService service, RegisterOrganization organization) {
		return service.name().fr() + "|" + service.name().nl() + "|"
				+ organization.locations()
					.stream()
					.filter((location) -> service.locationIds().contains(location.id()))
					.map((location) -> location.address() + ", " + location.postcode())
					.sorted()
					.toList();
	}

	private String variedOrganisationName(Template template, Commune commune, String writtenIn) {
		boolean nl = writtenIn.equals("nl");
		String form = vary(nl ? ORGANISATION_FORMS_NL : ORGANISATION_FORMS_FR);
		String name = vary(nl ? VARIED_NAMES_NL : VARIED_NAMES_FR);
		String place = vary(nl ? VARIED_PLACES_NL : VARIED_PLACES_FR);
		String activity = (this.variety.nextBoolean()) ? (nl ? template.organisationNl() : template.organisationFr())
				: "";
		return String.join(" ", List.of(form, activity, name, place, nl ? commune.nl() : commune.fr()))
			.replaceAll("\\s+", " ")
			.strip();
	}

	/**
	 * The service with a qualified name now and then (a branch, a team) and one to three
	 * more sentences in its description.
	 */
	private RegisterService varied(RegisterService service, Commune commune) {
		LocalizedText name = service.name();
		if (this.variety.nextInt(3) == 0) {
			int qualifier = this.variety.nextInt(SERVICE_QUALIFIERS_FR.size());
			String street = vary(commune.streets());
			name = LocalizedText.of(
					(name.fr() != null) ? SERVICE_QUALIFIERS_FR.get(qualifier) + " " + street + " – " + name.fr()
							: null,
					(name.nl() != null) ? SERVICE_QUALIFIERS_NL.get(qualifier) + " " + street + " – " + name.nl()
							: null,
					null);
		}
		LocalizedText description = service.description();
		int extra = 1 + this.variety.nextInt(3);
		StringBuilder fr = (description.fr() != null) ? new StringBuilder(description.fr()) : null;
		StringBuilder nl = (description.nl() != null) ? new StringBuilder(description.nl()) : null;
		for (int i = 0; i < extra; i++) {
			int sentence = this.variety.nextInt(EXTRA_SENTENCES_FR.size());
			if (fr != null) {
				fr.append(' ').append(EXTRA_SENTENCES_FR.get(sentence));
			}
			if (nl != null) {
				nl.append(' ').append(EXTRA_SENTENCES_NL.get(sentence));
			}
		}
		description = LocalizedText.of((fr != null) ? fr.toString() : null, (nl != null) ? nl.toString() : null, null);
		return new RegisterService(service.id(), service.organizationId(), name, description,
				service.applicationProcess(), service.feesDescription(), service.eligibility(), service.status(),
				service.kind(), service.url(), service.email(), service.minimumAge(), service.maximumAge(),
				service.cost(), service.languages(), service.targetGroups(), service.areaLevel(), service.areaCodes(),
				service.locationIds(), service.phones(), service.openingHours(), service.themeCodes(),
				service.lastVerifiedAt(), service.lastVerifiedBy());
	}

	private <T> T vary(List<T> values) {
		return values.get(this.variety.nextInt(values.size()));
	}

	private void fixedEntries(List<RegisterOrganization> organizations, List<RegisterService> services) {
		Commune brussels = COMMUNES.get(3);
		RegisterOrganization platform = new RegisterOrganization(uuid(), "Réseau Maillon Santé Bruxelles",
				LocalizedText.of("Plateforme d'information sur l'offre social-santé bruxelloise.",
						"Informatieplatform over het Brusselse welzijns- en gezondheidsaanbod.", null),
				"info@maillon-sante.example.org", "https://maillon-sante.example.org",
				List.of(location(brussels, false)));
		organizations.add(platform);
		services.add(special(platform, "repertoires", ServiceKind.DIRECTORY,
				LocalizedText.of("Répertoire des répertoires social-santé",
						"Repertorium van de welzijns- en gezondheidsrepertoria",
						"Directory of social and health directories"),
				LocalizedText.of(
						"Tous les répertoires de services social-santé de Bruxelles en un lieu : par thème, par public et par territoire.",
						"Alle Brusselse repertoria van welzijns- en gezondheidsdiensten op één plek: per thema, doelgroep en gebied.",
						null)));
		services.add(special(platform, "repertoires", ServiceKind.DIRECTORY,
				LocalizedText.of("Répertoire de l'aide et des soins à domicile", "Repertorium thuishulp en thuiszorg",
						null),
				LocalizedText.of("Liste des services d'aide familiale, de soins infirmiers et de repas à domicile.",
						"Overzicht van diensten voor gezinszorg, thuisverpleging en maaltijden aan huis.", null)));
		services.add(special(platform, "orientation", ServiceKind.ORIENTATION_LINE,
				LocalizedText.of("Ligne d'orientation santé mentale", "Oriëntatielijn geestelijke gezondheid", null),
				LocalizedText.of("Une ligne téléphonique pour trouver le bon service de santé mentale.",
						"Eén telefoonlijn om de juiste dienst voor geestelijke gezondheid te vinden.", null)));
		services.add(special(platform, "orientation", ServiceKind.ORIENTATION_LINE,
				LocalizedText.of("Ligne info soins palliatifs et fin de vie",
						"Infolijn palliatieve zorg en levenseinde", null),
				LocalizedText.of("Information et orientation sur les soins palliatifs à domicile et en institution.",
						"Informatie en doorverwijzing over palliatieve zorg thuis en in een instelling.", null)));
		services.add(special(platform, "orientation", ServiceKind.ORIENTATION_LINE,
				LocalizedText.of("Ligne info seniors", "Infolijn senioren", null),
				LocalizedText.of("Orientation des personnes de plus de 60 ans et de leurs proches.",
						"Doorverwijzing van 60-plussers en hun naasten.", null)));
	}

	private RegisterService special(RegisterOrganization organization, String theme, ServiceKind kind,
			LocalizedText name, LocalizedText description) {
		List<String> themes = theme.equals("orientation") ? List.of("orientation") : List.of(theme);
		return new RegisterService(uuid(), organization.id(), name, description,
				LocalizedText.of("Par téléphone ou en ligne, sans inscription.",
						"Telefonisch of online, zonder inschrijving.", null),
				LocalizedText.of("Gratuit", "Gratis", null), null, ServiceStatus.ACTIVE, kind, organization.website(),
				organization.email(), null, null, Cost.FREE, List.of("fr", "nl", "en"), List.of("professionals"),
				AreaLevel.REGION, List.of(), List.of(organization.locations().get(0).id()), List.of(phone()),
				weekdays(9, 17), themes, REFERENCE_TIME.minus(this.random.nextInt(200), ChronoUnit.DAYS), "demo");
	}

	private RegisterService service(RegisterOrganization organization, Template template, Commune commune,
			String writtenIn) {
		boolean fr = !writtenIn.equals("nl");
		boolean nl = !writtenIn.equals("fr");
		String where = organization.name();
		LocalizedText name = LocalizedText.of(fr ? template.nameFr() + " – " + where : null,
				nl ? template.nameNl() + " – " + where : null, null);
		LocalizedText description = LocalizedText.of(fr ? template.descriptionFr() : null,
				nl ? template.descriptionNl() : null, null);
		AreaLevel level = level(template.level());
		List<String> codes = switch (level) {
			case REGION -> List.of();
			case BASSIN -> List.of(commune.bassin());
			case COMMUNE -> (this.random.nextInt(6) == 0) ? List.of(commune.nis(), neighbour(commune).nis())
					: List.of(commune.nis());
			case QUARTIER -> List.of(quartier(commune));
		};
		Set<String> spoken = new LinkedHashSet<>();
		if (fr) {
			spoken.add("fr");
		}
		if (nl) {
			spoken.add("nl");
		}
		if (this.random.nextInt(3) == 0) {
			spoken.add(pick(OTHER_LANGUAGES));
		}
		List<String> themes = new ArrayList<>(List.of(template.theme()));
		if (template.theme().equals("home_nursing") && this.random.nextBoolean()) {
			themes.add("palliative");
		}
		if (template.theme().equals("urgent_medical_aid") || template.theme().equals("social_services")) {
			themes.add("cpas");
		}
		ServiceStatus status = (this.random.nextInt(25) == 0) ? ServiceStatus.TEMPORARILY_CLOSED
				: (this.random.nextInt(60) == 0) ? ServiceStatus.CLOSED : ServiceStatus.ACTIVE;
		Instant verified = (this.random.nextInt(8) == 0) ? null
				: REFERENCE_TIME.minus(this.random.nextInt(700), ChronoUnit.DAYS);
		return new RegisterService(uuid(), organization.id(), name, description,
				LocalizedText.of(fr ? "Sur rendez-vous, par téléphone ou sur place." : null,
						nl ? "Op afspraak, telefonisch of ter plaatse." : null, null),
				LocalizedText.of(fr ? fees(template.cost(), true) : null, nl ? fees(template.cost(), false) : null,
						null),
				null, status, template.kind(), organization.website(), organization.email(), template.minimumAge(),
				null, template.cost(), List.copyOf(spoken), template.targetGroups(), level, codes,
				organization.locations().stream().map(ServiceLocation::id).toList(), List.of(phone()),
				weekdays(8 + this.random.nextInt(2), 16 + this.random.nextInt(3)), themes, verified,
				(verified != null) ? pick(List.of("nord@demo.maillage.brussels", "sud@demo.maillage.brussels",
						"coordination@demo.maillage.brussels")) : null);
	}

	private AreaLevel level(AreaLevel usual) {
		int roll = this.random.nextInt(10);
		if (roll < 6) {
			return usual;
		}
		return List.of(AreaLevel.QUARTIER, AreaLevel.COMMUNE, AreaLevel.BASSIN, AreaLevel.REGION).get(roll - 6);
	}

	private Template related(Template template) {
		return (this.random.nextBoolean()) ? template : pick(TEMPLATES);
	}

	private String writtenIn() {
		int roll = this.random.nextInt(20);
		return (roll < 10) ? "fr" : (roll < 13) ? "nl" : "fr+nl";
	}

	private String organisationName(Template template, Commune commune, String writtenIn) {
		String base = writtenIn.equals("nl") ? template.organisationNl() + " " + pick(ORGANISATION_NAMES_NL)
				: template.organisationFr() + " " + pick(ORGANISATION_NAMES_FR);
		return base + " " + (writtenIn.equals("nl") ? commune.nl() : commune.fr());
	}

	private ServiceLocation location(Commune commune, boolean confidential) {
		double lat = commune.lat() + (this.random.nextDouble() - 0.5) * 0.008;
		double lon = commune.lon() + (this.random.nextDouble() - 0.5) * 0.012;
		return new ServiceLocation(uuid(), null, pick(commune.streets()) + " " + (1 + this.random.nextInt(180)),
				commune.postcode(), commune.fr(), commune.nis(), Math.round(lat * 1e6) / 1e6,
				Math.round(lon * 1e6) / 1e6, confidential);
	}

	private Commune neighbour(Commune commune) {
		List<Commune> sameBassin = COMMUNES.stream()
			.filter((other) -> other.bassin().equals(commune.bassin()) && !other.equals(commune))
			.toList();
		return sameBassin.isEmpty() ? commune : pick(sameBassin);
	}

	/**
	 * Demo quartier codes: commune NIS code and a number (the real ones come from
	 * territory).
	 */
	static String quartier(Commune commune, int number) {
		return "Q" + commune.nis() + "-" + number;
	}

	private String quartier(Commune commune) {
		return quartier(commune, 1 + this.random.nextInt(3));
	}

	private List<OpeningHours> weekdays(int opens, int closes) {
		List<OpeningHours> hours = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.add(new OpeningHours(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0)));
		}
		return hours;
	}

	private String phone() {
		return "02 %03d %02d %02d".formatted(200 + this.random.nextInt(700), this.random.nextInt(100),
				this.random.nextInt(100));
	}

	private static String fees(Cost cost, boolean french) {
		return switch (cost) {
			case FREE -> french ? "Gratuit" : "Gratis";
			case LOW_THRESHOLD -> french ? "Participation symbolique, jamais un obstacle" : "Symbolische bijdrage";
			case SLIDING_SCALE -> french ? "Tarif selon les revenus" : "Tarief volgens inkomen";
			case PAID -> french ? "Tarif conventionné INAMI" : "RIZIV-tarief";
		};
	}

	private static String email(String name) {
		return "contact@" + slug(name) + ".example.org";
	}

	private static String slug(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase()
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	private UUID uuid() {
		long high = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}

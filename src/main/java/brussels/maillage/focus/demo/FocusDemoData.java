package brussels.maillage.focus.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.focus.FocusService;
import brussels.maillage.focus.LinkedEvent;
import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The six Focus repertoires of end 2024, modelled on the organisation's brochures
 * (activity report 2024: end of life; home support for people over 60; the type-2
 * diabetes care system; mental health, rethought around stepped care; financial access to
 * care; living at home), built from the demo directory once it is loaded and linked to
 * their Focus live webinar. Each is written once, by its address, so an older demo
 * database gains the ones it lacks.
 */
@Component
class FocusDemoData {

	private static final Logger log = LoggerFactory.getLogger(FocusDemoData.class);

	private final DemoMode demoMode;

	private final FocusService focus;

	private final DirectoryService directory;

	private final FocusDemoTrainings trainings;

	FocusDemoData(DemoMode demoMode, FocusService focus, DirectoryService directory, FocusDemoTrainings trainings) {
		this.trainings = trainings;
		this.demoMode = demoMode;
		this.focus = focus;
		this.directory = directory;
	}

	/** After the cadastre's demo (order 5), before the programme tags (30). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void load() {
		if (!this.demoMode.enabled() || this.directory.countServices() == 0) {
			return;
		}
		int before = (int) this.focus.count();
		if (missing("fin-de-vie")) {
			UUID endOfLife = endOfLife();
			link(endOfLife, "soins palliatifs");
			this.trainings.listPalliative(endOfLife);
		}
		if (missing("soutien-domicile-60")) {
			link(homeSupport(), "vivre chez soi");
		}
		if (missing("diabete-type-2")) {
			link(diabetes(), "diabète");
		}
		if (missing("sante-mentale")) {
			link(mentalHealth(), "santé mentale");
		}
		if (missing("accessibilite-financiere")) {
			financialAccess();
		}
		if (missing("vie-a-domicile")) {
			link(livingAtHome(), "vie à domicile");
		}
		if (this.focus.count() > before) {
			log.info("Demo Focus repertoires loaded");
		}
	}

	private boolean missing(String slug) {
		return !this.focus.slugTaken(slug, null);
	}

	/** Links a demo repertoire to its next Focus live webinar, else its last one. */
	private void link(UUID repertoire, String subject) {
		List<LinkedEvent> webinars = this.focus.linkableEvents()
			.stream()
			.filter((event) -> event.title().fr() != null && event.title().fr().startsWith("Focus live")
					&& event.title().fr().contains(subject))
			.sorted(java.util.Comparator.comparing(LinkedEvent::startsAt))
			.toList();
		webinars.stream()
			.filter((event) -> !event.past())
			.findFirst()
			.or(() -> webinars.isEmpty() ? java.util.Optional.empty()
					: java.util.Optional.of(webinars.get(webinars.size() - 1)))
			.ifPresent((event) -> this.focus.linkEvent(repertoire, event.id()));
	}

	private UUID endOfLife() {
		UUID id = this.focus.create("fin-de-vie",
				LocalizedText.of("Soins palliatifs et fin de vie", "Palliatieve zorg en levenseinde",
						"Palliative and end-of-life care"),
				LocalizedText.of(
						"Ce Focus s'adresse aux professionnel·les du social et de la santé qui accompagnent à Bruxelles une personne gravement malade ou en fin de vie, à domicile ou en maison de repos, ainsi que ses proches. Il présente les aides existantes en partant des ressources les plus proches et généralistes (médecin traitant, infirmier·e à domicile) pour aller vers les équipes spécialisées de deuxième ligne et les ressources régionales.",
						"Deze Focus is bedoeld voor zorg- en welzijnsprofessionals die in Brussel een ernstig zieke persoon of iemand aan het levenseinde begeleiden, thuis of in een woonzorgcentrum, en zijn of haar naasten. Hij stelt de bestaande hulp voor, van de meest nabije en algemene (huisarts, thuisverpleging) naar de gespecialiseerde tweedelijnsteams en de gewestelijke diensten.",
						null),
				"demo");
		section(id, AreaLevel.COMMUNE, "Près de chez soi : la première ligne", "Dicht bij huis: de eerste lijn",
				List.of("general_practice", "medical_house", "home_nursing"), 4,
				"Premier contact : connaît la situation et coordonne les soins.",
				"Eerste contact: kent de situatie en coördineert de zorg.");
		section(id, AreaLevel.BASSIN, "Dans le bassin : soutien palliatif à domicile",
				"In de zorgzone: palliatieve thuiszorg", List.of("palliative_home", "palliative"), 3,
				"Appui de deuxième ligne aux soignant·es de la personne, sur demande du médecin traitant.",
				"Tweedelijnsondersteuning van de zorgverleners, op vraag van de huisarts.");
		section(id, AreaLevel.REGION, "Pour toute la Région", "Voor het hele Gewest", List.of("palliative"), 3,
				"Information, formation et orientation pour toute la Région.",
				"Informatie, vorming en doorverwijzing voor het hele Gewest.");
		question(id, "Et pour les proches ?", "En voor de naasten?", List.of("bereavement", "carers"), 3,
				"Soutien des proches pendant la maladie et après le décès.",
				"Steun voor naasten tijdens de ziekte en na het overlijden.");
		this.focus.publish(id);
		return id;
	}

	private UUID homeSupport() {
		UUID id = this.focus.create("soutien-domicile-60",
				LocalizedText.of("Soutien à domicile pour les personnes de plus de 60 ans",
						"Thuisondersteuning voor 60-plussers", "Home support for people over 60"),
				LocalizedText.of(
						"Rester chez soi en vieillissant demande souvent un soutien : aide pour les tâches quotidiennes, soins infirmiers, repas, lieux de jour, soutien aux aidant·es proches. Ce Focus rassemble, question par question, les services bruxellois qui rendent cela possible, du plus proche au plus spécialisé.",
						"Thuis blijven wonen op oudere leeftijd vraagt vaak ondersteuning: hulp bij dagelijkse taken, thuisverpleging, maaltijden, dagcentra, steun voor mantelzorgers. Deze Focus brengt per vraag de Brusselse diensten samen die dat mogelijk maken, van dichtbij naar gespecialiseerd.",
						null),
				"demo");
		question(id, "Qui peut aider à la maison au quotidien ?", "Wie kan thuis helpen in het dagelijkse leven?",
				List.of("family_help", "meals", "home_care"), 4,
				"Aide familiale, aide ménagère ou repas : demander une visite d'évaluation.",
				"Gezinszorg, poetshulp of maaltijden: vraag een evaluatiebezoek.");
		question(id, "Qui peut soigner à domicile ?", "Wie kan thuis verzorgen?", List.of("home_nursing", "nursing"), 3,
				"Sur prescription médicale pour la plupart des soins.",
				"Voor de meeste zorg op voorschrift van de arts.");
		question(id, "Où passer la journée ou trouver un relais ?", "Waar de dag doorbrengen of even op adem komen?",
				List.of("day_centres", "seniors", "nursing_homes"), 3,
				"Accueil de jour et séjours de répit : se renseigner sur les places disponibles.",
				"Dagopvang en respijtverblijf: informeer naar vrije plaatsen.");
		question(id, "Comment soutenir l'aidant·e proche ?", "Hoe de mantelzorger ondersteunen?",
				List.of("carers", "social_services", "cpas"), 3,
				"Écoute, information sur les droits et aides financières.",
				"Luisteren, informatie over rechten en financiële hulp.");
		this.focus.publish(id);
		return id;
	}

	private UUID diabetes() {
		UUID id = this.focus.create("diabete-type-2",
				LocalizedText.of("Système de prise en charge du diabète de type 2", "Zorgsysteem voor diabetes type 2",
						"The type-2 diabetes care system"),
				LocalizedText.of(
						"Ce Focus présente aux professionnel·les du social et de la santé bruxellois les aides et remboursements qui existent pour accompagner une personne vivant avec un diabète de type 2 : le suivi par le médecin généraliste, l'éducation au diabète et les soins des pieds, puis les équipes spécialisées. Il part des ressources les plus proches pour aller vers les plus spécialisées.",
						"Deze Focus stelt de Brusselse zorg- en welzijnsprofessionals de hulp en terugbetalingen voor die bestaan om iemand met diabetes type 2 te begeleiden: de opvolging door de huisarts, diabeteseducatie en voetzorg, en daarna de gespecialiseerde teams. Hij vertrekt van de meest nabije hulp naar de meest gespecialiseerde.",
						null),
				"demo");
		section(id, AreaLevel.COMMUNE, "Près de chez soi : le suivi de première ligne",
				"Dicht bij huis: de opvolging in de eerste lijn", List.of("general_practice", "medical_house"), 3,
				"Le médecin généraliste suit le diabète et ouvre l'accès aux remboursements prévus.",
				"De huisarts volgt de diabetes op en geeft toegang tot de voorziene terugbetalingen.");
		question(id, "Qui peut apprendre à vivre avec le diabète ?", "Wie helpt leren leven met diabetes?",
				List.of("diabetes_education", "diabetes"), 3,
				"Éducation au diabète : alimentation, activité physique, traitement, sur prescription.",
				"Diabeteseducatie: voeding, beweging, behandeling, op voorschrift.");
		question(id, "Et quand il faut des soins à domicile ?", "En als er thuiszorg nodig is?",
				List.of("home_nursing", "nursing"), 2, "Soins infirmiers à domicile, sur prescription médicale.",
				"Thuisverpleging, op voorschrift van de arts.");
		this.focus.publish(id);
		return id;
	}

	private UUID mentalHealth() {
		UUID id = this.focus.create("sante-mentale",
				LocalizedText.of("Santé mentale : offre de soutien et d'accompagnement en Région bruxelloise",
						"Geestelijke gezondheid: steun en begeleiding in het Brussels Gewest",
						"Mental health: support in the Brussels Region"),
				LocalizedText.of(
						"Ce Focus s'adresse aux professionnel·les de la santé et du social bruxellois qui accompagnent des personnes ayant des troubles psychologiques ou des pathologies mentales. Il suit l'approche stepped care : des ressources les plus généralistes et accessibles localement vers les ressources plus spécialisées. Il complète l'infographie de la Plateforme Bruxelloise pour la Santé Mentale.",
						"Deze Focus is bedoeld voor Brusselse zorg- en welzijnsprofessionals die mensen met psychologische problemen of psychische aandoeningen begeleiden. Hij volgt de stepped-care-aanpak: van de meest algemene en lokaal toegankelijke hulp naar meer gespecialiseerde hulp. Hij vult de infographic van het Brussels Platform voor Geestelijke Gezondheid aan.",
						null),
				"demo");
		section(id, AreaLevel.COMMUNE, "Près de chez soi : la première ligne", "Dicht bij huis: de eerste lijn",
				List.of("general_practice", "medical_house", "psychologist"), 4,
				"Un premier soutien psychologique, souvent remboursé, sans passer par un service spécialisé.",
				"Een eerste psychologische steun, vaak terugbetaald, zonder gespecialiseerde dienst.");
		section(id, AreaLevel.BASSIN, "Dans le bassin : les services de santé mentale",
				"In de zorgzone: de centra voor geestelijke gezondheidszorg", List.of("ssm", "mental_health"), 3,
				"Consultations pluridisciplinaires, avec une participation financière adaptée.",
				"Multidisciplinaire consultaties, met een aangepaste bijdrage.");
		section(id, AreaLevel.REGION, "Pour toute la Région", "Voor het hele Gewest", List.of("mental_health"), 3,
				"Équipes spécialisées et lignes d'écoute pour toute la Région.",
				"Gespecialiseerde teams en luisterlijnen voor het hele Gewest.");
		question(id, "Et pour les proches ?", "En voor de naasten?", List.of("carers"), 2,
				"Soutien des proches, y compris des jeunes aidant·es proches.",
				"Steun voor naasten, ook voor jonge mantelzorgers.");
		this.focus.publish(id);
		return id;
	}

	private UUID financialAccess() {
		UUID id = this.focus.create("accessibilite-financiere",
				LocalizedText.of("Accessibilité financière aux soins de santé",
						"Financiële toegankelijkheid van de gezondheidszorg", "Financial access to health care"),
				LocalizedText.of(
						"Ce Focus rassemble les dispositifs qui rendent les soins plus abordables pour les personnes inscrites au Registre national : intervention majorée, maximum à facturer, tiers payant, aides du CPAS. L'accès aux soins des personnes au statut de séjour précaire (aide médicale urgente) fera l'objet d'un Focus à part.",
						"Deze Focus brengt de regelingen samen die de zorg betaalbaarder maken voor mensen ingeschreven in het Rijksregister: verhoogde tegemoetkoming, maximumfactuur, derdebetalersregeling, hulp van het OCMW. De toegang tot zorg voor mensen met een onzeker verblijfsstatuut (dringende medische hulp) krijgt een eigen Focus.",
						null),
				"demo");
		question(id, "Quels droits ouvrir auprès de la mutualité ?", "Welke rechten openen bij het ziekenfonds?",
				List.of("health_insurance", "financial_access"), 3,
				"Intervention majorée et maximum à facturer : vérifier les droits de la personne.",
				"Verhoogde tegemoetkoming en maximumfactuur: de rechten van de persoon nagaan.");
		question(id, "Où se soigner sans avancer l'argent ?", "Waar verzorgd worden zonder geld voor te schieten?",
				List.of("medical_house", "general_practice"), 3,
				"Maisons médicales au forfait et tiers payant chez le médecin généraliste.",
				"Wijkgezondheidscentra met forfait en derdebetalersregeling bij de huisarts.");
		question(id, "Qui peut aider quand les frais restent trop lourds ?",
				"Wie helpt als de kosten te zwaar blijven?", List.of("cpas", "social_services"), 3,
				"Le CPAS peut prendre en charge des frais médicaux après enquête.",
				"Het OCMW kan medische kosten ten laste nemen na een sociaal onderzoek.");
		this.focus.publish(id);
		return id;
	}

	private UUID livingAtHome() {
		UUID id = this.focus.create("vie-a-domicile",
				LocalizedText.of("Ressources pour une vie à domicile", "Hulpbronnen om thuis te blijven wonen",
						"Resources for living at home"),
				LocalizedText.of(
						"Ce Focus rassemble les ressources qui permettent à une personne, quel que soit son âge, de continuer à vivre chez elle : un logement adapté, de l'aide au quotidien, des soins, un soutien social. Il a été présenté avec Bruxelles Social.",
						"Deze Focus brengt de hulpbronnen samen die iemand, ongeacht de leeftijd, in staat stellen thuis te blijven wonen: aangepaste huisvesting, dagelijkse hulp, zorg, sociale steun. Hij werd voorgesteld met Sociaal Brussel.",
						null),
				"demo");
		question(id, "Comment garder ou adapter son logement ?", "Hoe de woning behouden of aanpassen?",
				List.of("housing"), 3, "Conseil en logement, aides à l'adaptation et à la rénovation.",
				"Woonadvies, hulp bij aanpassing en renovatie.");
		question(id, "Qui aide au quotidien ?", "Wie helpt in het dagelijkse leven?",
				List.of("home_care", "family_help", "meals"), 3, "Aide familiale, aide ménagère, repas à domicile.",
				"Gezinszorg, poetshulp, maaltijden aan huis.");
		question(id, "Vers qui se tourner pour un soutien social ?", "Bij wie terecht voor sociale steun?",
				List.of("social_services", "cpas"), 3, "Services sociaux de quartier et CPAS de la commune.",
				"Sociale buurtdiensten en het OCMW van de gemeente.");
		this.focus.publish(id);
		return id;
	}

	private void section(UUID id, AreaLevel level, String fr, String nl, List<String> themes, int count, String noteFr,
			String noteNl) {
		Predicate<SearchHit> atLevel = (hit) -> (level == AreaLevel.COMMUNE)
				? hit.areaLevel() == AreaLevel.COMMUNE || hit.areaLevel() == AreaLevel.QUARTIER
				: hit.areaLevel() == level;
		fill(id, this.focus.addSection(id, LocalizedText.of(fr, nl, null), level), themes, atLevel, count, noteFr,
				noteNl);
	}

	private void question(UUID id, String fr, String nl, List<String> themes, int count, String noteFr, String noteNl) {
		fill(id, this.focus.addSection(id, LocalizedText.of(fr, nl, null), null), themes, (hit) -> true, count, noteFr,
				noteNl);
	}

	private void fill(UUID id, UUID section, List<String> themes, Predicate<SearchHit> wanted, int count, String noteFr,
			String noteNl) {
		// Stepped care inside a section too: the most local services first.
		Set<UUID> seen = new java.util.HashSet<>();
		Set<String> names = new java.util.HashSet<>();
		List<SearchHit> hits = themes.stream()
			.flatMap((theme) -> this.directory
				.search(new SearchQuery(null, theme, null, false, null, Place.NOWHERE, null, null, 0, 40))
				.hits()
				.stream())
			.filter(wanted)
			.filter((hit) -> hit.status() != ServiceStatus.CLOSED)
			.filter((hit) -> seen.add(hit.id()) && names.add(hit.name().toString()))
			.limit(count)
			.sorted(java.util.Comparator.comparing(SearchHit::areaLevel))
			.toList();
		boolean first = true;
		for (SearchHit hit : hits) {
			this.focus.addService(id, section, hit.id(),
					first ? LocalizedText.of(noteFr, noteNl, null) : LocalizedText.of(null, null, null));
			first = false;
		}
	}

}

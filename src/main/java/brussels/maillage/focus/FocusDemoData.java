package brussels.maillage.focus;

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
import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Two published Focus repertoires modelled on the organisation's brochures (end of life;
 * home support for people over 60), built from the demo directory once it is loaded.
 */
@Component
class FocusDemoData {

	private static final Logger log = LoggerFactory.getLogger(FocusDemoData.class);

	private final DemoMode demoMode;

	private final FocusService focus;

	private final DirectoryService directory;

	FocusDemoData(DemoMode demoMode, FocusService focus, DirectoryService directory) {
		this.demoMode = demoMode;
		this.focus = focus;
		this.directory = directory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.demoMode.enabled() || this.focus.count() > 0 || this.directory.countServices() == 0) {
			return;
		}
		link(endOfLife(), "Focus live : soins palliatifs");
		link(homeSupport(), "Focus live : vivre chez soi");
		log.info("Demo Focus repertoires loaded");
	}

	/**
	 * Links a demo repertoire to its Focus live webinar in the demo agenda: the next one,
	 * else the last one.
	 */
	private void link(UUID repertoire, String webinarTitle) {
		List<LinkedEvent> webinars = this.focus.linkableEvents()
			.stream()
			.filter((event) -> event.title().fr() != null && event.title().fr().startsWith(webinarTitle))
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

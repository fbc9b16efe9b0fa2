package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.organization;
import static brussels.maillage.directory.DirectoryFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * English queries, typed as English-speaking residents and professionals of Brussels type
 * them, find services written only in French or Dutch (issue 17): through the English
 * everyday words of the thesaurus (migration V139), with possessives and plurals read,
 * the words of a request ("where can I", "near me") not searched, and no English word
 * replaced by a French or Dutch spelling. The services are a small fixture of one
 * organisation, written as Brussels services describe themselves, without themes (so that
 * only their names and descriptions can be found); each search is limited to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishQueriesSearchTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	private RegisterOrganization organization;

	private final List<UUID> services = new ArrayList<>();

	private UUID refuge;

	private UUID nightShelter;

	private UUID seniors;

	private UUID psychotherapy;

	private UUID noPapers;

	private UUID showers;

	private UUID socialWork;

	private UUID tenants;

	private UUID wounds;

	private UUID singleParents;

	private UUID meals;

	private UUID nursingHome;

	private UUID familyHelp;

	@BeforeAll
	void registerTheServices() {
		this.organization = organization("Maillage test : English", "21015", 50.867, 4.378);
		this.directory.register(this.organization);
		this.refuge = french("Refuge Les Iris",
				"Hébergement et accompagnement de femmes victimes de violence conjugale et de leurs enfants.");
		this.nightShelter = french("Le Hangar, abri de nuit", "Hébergement d'urgence pour hommes sans abri.");
		this.seniors = french("Antenne des aînés", "Visites et activités pour les personnes âgées isolées.");
		this.psychotherapy = dutch("Praktijk De Ruimte", "Individuele psychotherapie voor volwassenen.");
		this.noPapers = french("Consultations Passerelle",
				"Consultations de médecine générale gratuites pour les personnes sans papiers.");
		this.showers = french("Bains du Canal", "Douches et lessive pour les personnes sans abri.");
		this.socialWork = dutch("Sociaal werk Noord", "Sociaal werk en administratieve hulp voor buurtbewoners.");
		this.tenants = french("Association des locataires",
				"Conseils sur le bail, la garantie locative et les litiges avec le propriétaire.");
		this.wounds = french("Centre de soins de la Gare", "Soins de plaies sans rendez-vous par des infirmiers.");
		this.singleParents = dutch("Steunpunt eenoudergezinnen",
				"Ontmoeting en advies voor alleenstaande ouders en hun kinderen.");
		this.meals = french("Les Petits Plats", "Livraison de repas chauds à domicile.");
		this.nursingHome = french("Résidence Les Tilleuls",
				"Maison de repos et de soins pour personnes âgées dépendantes.");
		this.familyHelp = registered(LocalizedText.of("Aide aux familles", null, "Family help"),
				LocalizedText.of("Aides familiales à domicile.", null, "Help at home for families."));
	}

	@AfterAll
	void withdrawTheServices() {
		// The database is shared with the other tests (and the judged sets).
		UUID[] ids = this.services.toArray(UUID[]::new);
		this.jdbc.sql("delete from service where id = any(?)").param(ids).update();
		this.jdbc.sql("delete from location where organization_id = ?").param(this.organization.id()).update();
		this.jdbc.sql("delete from organization where id = ?").param(this.organization.id()).update();
	}

	@Test
	void aWomensShelterIsTheRefugeNotTheNightShelterForMen() {
		assertThat(found("women's shelter")).containsExactly(this.refuge);
		assertThat(found("womens shelter")).containsExactly(this.refuge);
		assertThat(found("domestic abuse")).containsExactly(this.refuge);
		assertThat(found("night shelter")).containsExactly(this.nightShelter);
	}

	@Test
	void olderPeopleLivingAloneFindTheVisitsForIsolatedElderly() {
		assertThat(found("help for elderly living alone")).first().isEqualTo(this.seniors);
		assertThat(search("help for elderly living alone").corrected()).isNull();
		assertThat(found("older adults who live alone")).first().isEqualTo(this.seniors);
	}

	@Test
	void aTherapistIsAPsychotherapist() {
		assertThat(found("therapist")).containsExactly(this.psychotherapy);
		assertThat(found("talking therapies")).containsExactly(this.psychotherapy);
	}

	@Test
	void aDoctorForPeopleWithoutPapers() {
		assertThat(found("doctor for people without papers")).first().isEqualTo(this.noPapers);
		assertThat(found("GPs for undocumented migrants")).first().isEqualTo(this.noPapers);
	}

	@Test
	void whereCanITakeAShowerIsNotReadAsWork() {
		SearchResults results = search("where can I take a shower");
		assertThat(results.corrected()).isNull();
		assertThat(ids(results)).containsExactly(this.showers);
		assertThat(found("werk")).containsExactly(this.socialWork);
	}

	@Test
	void theWordsOfARequestAreNotNeeded() {
		assertThat(found("is there a walk-in nurse near me for a wound dressing")).containsExactly(this.wounds);
		assertThat(search("wound dressing").corrected()).isNull();
	}

	@Test
	void aTenantFindsTheTenantsAssociation() {
		assertThat(found("tenant rights")).first().isEqualTo(this.tenants);
		assertThat(found("problem with my landlord")).first().isEqualTo(this.tenants);
	}

	@Test
	void singleParentsInEachSpelling() {
		assertThat(found("single mum")).containsExactly(this.singleParents);
		assertThat(found("support for single parents")).first().isEqualTo(this.singleParents);
		assertThat(found("famille monoparentale")).containsExactly(this.singleParents);
	}

	@Test
	void hotMealsAndAnOldPeoplesHome() {
		assertThat(found("hot meals delivered")).first().isEqualTo(this.meals);
		assertThat(found("old people's home")).containsExactly(this.nursingHome);
	}

	@Test
	void helpRanksButTheNeedFinds() {
		// "help" is in the English name of the family help, not in the refuge's texts:
		// the need ("domestic abuse") decides, "help" only ranks.
		assertThat(found("help with domestic abuse")).first().isEqualTo(this.refuge);
		assertThat(found("help")).contains(this.familyHelp);
	}

	private UUID french(String name, String description) {
		return registered(LocalizedText.of(name, null, null), LocalizedText.of(description, null, null));
	}

	private UUID dutch(String name, String description) {
		return registered(LocalizedText.of(null, name, null), LocalizedText.of(null, description, null));
	}

	private UUID registered(LocalizedText name, LocalizedText description) {
		RegisterService service = service(this.organization, name, description, AreaLevel.REGION, List.of(), List.of());
		this.directory.register(service, "test");
		this.services.add(service.id());
		return service.id();
	}

	private SearchResults search(String text) {
		return this.directory.search(
				new SearchQuery(text, null, null, false, null, Place.NOWHERE, this.organization.id(), null, 0, 100));
	}

	/** The fixture's services found by a search, best first. */
	private List<UUID> found(String text) {
		return ids(search(text));
	}

	private static List<UUID> ids(SearchResults results) {
		return results.hits().stream().map(SearchHit::id).toList();
	}

}

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
 * A need typed in everyday words, in French, Dutch or English, finds the service written
 * in the field's vocabulary through the thesaurus (migration V129, issue 17), and a group
 * does not pull in the service of a neighbouring concept. The services are a small
 * fixture of one organisation, written as Brussels services describe themselves (the
 * directory's theme labels, the public names of the schemes), without themes, so that
 * only their names and descriptions can be found; each search is limited to that
 * organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedWordsSearchTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	private RegisterOrganization organization;

	private final List<UUID> services = new ArrayList<>();

	private UUID shelter;

	private UUID sleep;

	private UUID food;

	private UUID debts;

	private UUID listening;

	private UUID parents;

	private UUID pension;

	private UUID infants;

	private UUID doctor;

	@BeforeAll
	void registerTheServices() {
		this.organization = organization("Maillage test : besoins", "21015", 50.867, 4.378);
		this.directory.register(this.organization);
		this.shelter = french("Horizon, abri de nuit",
				"Hébergement d'urgence pour les personnes sans abri : lits, repas du soir et petit-déjeuner.");
		this.sleep = french("Clinique du sommeil Morphée",
				"Consultation pour les troubles du sommeil et l'insomnie de l'adulte.");
		this.food = dutch("Voedselbank De Schakel",
				"Voedselpakketten en een sociale kruidenier voor gezinnen met een laag inkomen.");
		this.debts = french("Service de médiation de dettes",
				"Aide pour négocier un plan de remboursement avec les créanciers.");
		this.listening = french("Ligne d'écoute Parlons-en", "Écoute téléphonique anonyme, jour et nuit.");
		this.parents = dutch("Steunpunt ouders", "Gesprekken en groepen voor ouders met een ouderlijke burn-out.");
		this.pension = dutch("Pensioenpermanentie",
				"Hulp bij de aanvraag van de inkomensgarantie voor ouderen en van het rustpensioen.");
		this.infants = french("Consultations pour enfants",
				"Consultations préventives de l'Office de la naissance et de l'enfance pour les enfants de 0 à 6 ans.");
		this.doctor = french("Cabinet de la Gare",
				"Consultations de médecine générale sur rendez-vous et visites à domicile.");
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
	void aPlaceToSleepFindsTheNightShelterInEachLanguage() {
		assertThat(found("où dormir")).containsExactly(this.shelter);
		assertThat(found("waar slapen")).containsExactly(this.shelter);
		assertThat(found("where to sleep")).containsExactly(this.shelter);
	}

	@Test
	void sleepProblemsFindTheSleepClinicNotTheShelter() {
		assertThat(found("sleep problems")).containsExactly(this.sleep);
		assertThat(found("slaapproblemen")).containsExactly(this.sleep);
	}

	@Test
	void somethingToEatFindsTheFoodBank() {
		assertThat(found("de quoi manger")).containsExactly(this.food);
		assertThat(found("j'ai faim")).containsExactly(this.food);
		assertThat(found("something to eat")).containsExactly(this.food);
	}

	@Test
	void moneyWorriesFindDebtMediation() {
		assertThat(found("problèmes d'argent")).containsExactly(this.debts);
		assertThat(found("geldzorgen")).containsExactly(this.debts);
		assertThat(found("unpaid bills")).containsExactly(this.debts);
	}

	@Test
	void someoneToTalkToFindsTheListeningLine() {
		assertThat(found("someone to talk to")).containsExactly(this.listening);
		assertThat(found("een luisterend oor")).containsExactly(this.listening);
	}

	@Test
	void aLifeEventInAnotherLanguageFindsItsService() {
		assertThat(found("épuisement parental")).containsExactly(this.parents);
		assertThat(found("parental burnout")).containsExactly(this.parents);
	}

	@Test
	void aSchemeOrInstitutionByItsNameInAnotherLanguage() {
		assertThat(found("grapa")).containsExactly(this.pension);
		assertThat(found("income guarantee for the elderly")).containsExactly(this.pension);
		assertThat(found("kind en gezin")).containsExactly(this.infants);
	}

	@Test
	void aLayNameOfAProfessionFindsItsOfficialName() {
		assertThat(found("docteur")).containsExactly(this.doctor);
		assertThat(found("dokter")).containsExactly(this.doctor);
		assertThat(found("médecin traitant")).containsExactly(this.doctor);
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

	/** The fixture's services found by a search, best first. */
	private List<UUID> found(String text) {
		return this.directory
			.search(new SearchQuery(text, null, null, false, null, Place.NOWHERE, this.organization.id(), null, 0, 100))
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
	}

}

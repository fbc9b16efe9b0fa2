package brussels.maillage.directory.search.query;

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
 * A specific thing typed (a drug, a method of contraception, an act of harm reduction, a
 * condition) finds the services written only with its broader concept's words, through
 * the thesaurus's broader relation (V137, seeded by V138, issue 17); a service naming the
 * thing itself ranks above them, and the broad word does not narrow to the specific one.
 * The services are a small fixture of one organisation, written as Brussels services
 * describe themselves, without themes; each search is limited to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroaderConceptSearchTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	private RegisterOrganization organization;

	private final List<UUID> services = new ArrayList<>();

	private UUID addiction;

	private UUID cocaine;

	private UUID harmReduction;

	private UUID contraception;

	private UUID rehabilitation;

	private UUID domesticViolence;

	private UUID psychologist;

	@BeforeAll
	void registerTheServices() {
		this.organization = organization("Maillage test : concepts plus larges", "21004", 50.845, 4.357);
		this.directory.register(this.organization);
		this.addiction = french("Centre Passerelle",
				"Consultations en assuétudes et toxicomanie : accueil, suivi psychosocial et orientation.");
		this.cocaine = french("Consultation cocaïne et crack",
				"Entretiens individuels pour les usagers de cocaïne, avec ou sans rendez-vous.");
		this.harmReduction = dutch("Project Veilig Gebruik",
				"Schadebeperking voor mensen die gebruiken: informatie en materiaal, anoniem.");
		this.contraception = dutch("Centrum De Linde",
				"Raadplegingen over anticonceptie voor jongeren en volwassenen.");
		this.rehabilitation = french("Centre de jour Le Relais",
				"Revalidation et rééducation après une hospitalisation, en ambulatoire.");
		this.domesticViolence = french("Ligne Écoute Violences",
				"Écoute et orientation des victimes de violences intrafamiliales.");
		this.psychologist = french("Psychologue de première ligne Le Phare",
				"Consultations psychologiques pour adultes, remboursées, sur rendez-vous.");
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
	void aDrugTypedFindsTheAddictionServiceBelowTheServiceNamingIt() {
		assertThat(found("cocaïne")).containsExactly(this.cocaine, this.addiction);
		assertThat(found("crack")).containsExactly(this.cocaine, this.addiction);
	}

	@Test
	void aDrugWithoutAServiceOfItsOwnFindsTheAddictionService() {
		assertThat(found("kétamine")).containsExactly(this.addiction);
		assertThat(found("heroin")).containsExactly(this.addiction);
	}

	/**
	 * A drug that a page of services name (here ten of this organisation's) keeps its own
	 * results: the addiction service, which names only the broad concept, is not among
	 * them ({@link Narrow}); one service fewer, and it is.
	 */
	@Test
	void aDrugThatManyServicesNameKeepsItsOwnResults() {
		List<UUID> lsd = new ArrayList<>();
		for (int i = 1; i < Narrow.BELOW; i++) {
			lsd.add(french("Permanence LSD " + i, "Information et écoute sur le LSD et les hallucinogènes."));
		}
		assertThat(found("lsd")).containsAll(lsd).contains(this.addiction);
		lsd.add(french("Permanence LSD " + Narrow.BELOW, "Information et écoute sur le LSD et les hallucinogènes."));
		assertThat(found("lsd")).containsExactlyInAnyOrderElementsOf(lsd);
	}

	@Test
	void theBroadWordDoesNotNarrowToTheSpecificOne() {
		assertThat(found("assuétudes")).containsExactly(this.addiction);
		assertThat(found("anticonceptie")).containsExactly(this.contraception);
	}

	@Test
	void anActOfHarmReductionFindsTheHarmReductionService() {
		assertThat(found("échange de seringues")).containsExactly(this.harmReduction);
		assertThat(found("needle exchange")).containsExactly(this.harmReduction);
	}

	@Test
	void aMethodOfContraceptionInAnyLanguageFindsTheContraceptionService() {
		assertThat(found("pilule du lendemain")).containsExactly(this.contraception);
		assertThat(found("morning after pill")).containsExactly(this.contraception);
		assertThat(found("stérilet")).containsExactly(this.contraception);
	}

	/**
	 * Psychotherapy is practised by clinical psychologists (V158): a therapist asked in
	 * any language finds the psychologists' service, which never writes psychotherapy.
	 */
	@Test
	void aTherapistFindsThePsychologistsService() {
		assertThat(found("therapist")).containsExactly(this.psychologist);
		assertThat(found("psychothérapeute")).containsExactly(this.psychologist);
		assertThat(found("psychotherapeut")).containsExactly(this.psychologist);
		assertThat(found("psychologue")).containsExactly(this.psychologist);
	}

	@Test
	void aConditionFindsTheServiceOfItsFieldOfCare() {
		assertThat(found("AVC")).containsExactly(this.rehabilitation);
		assertThat(found("beroerte")).containsExactly(this.rehabilitation);
	}

	@Test
	void aFormOfDomesticViolenceFindsTheDomesticViolenceService() {
		assertThat(found("contrôle coercitif")).containsExactly(this.domesticViolence);
		assertThat(found("violence économique")).containsExactly(this.domesticViolence);
	}

	@Test
	void theHitSaysItWasFoundThroughTheBroaderConcept() {
		SearchHit hit = this.directory.search(query("kétamine"))
			.hits()
			.stream()
			.filter((candidate) -> candidate.id().equals(this.addiction))
			.findFirst()
			.orElseThrow();
		assertThat(hit.synonym()).startsWith("ketamine").contains("⊂").contains("assuetudes");
	}

	@Test
	void theHsdsApisSearchFindsTheSameHitsWithoutSayingWhy() {
		// find (the HSDS API, whose JSON shows no explanation) skips it: same hits, same
		// order, no "through".
		SearchResults page = this.directory.search(query("kétamine"));
		SearchResults api = this.directory.find(query("kétamine"));
		assertThat(api.hits()).extracting(SearchHit::id)
			.containsExactlyElementsOf(page.hits().stream().map(SearchHit::id).toList());
		assertThat(api.total()).isEqualTo(page.total());
		assertThat(api.hits()).extracting(SearchHit::synonym).containsOnlyNulls();
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

	private SearchQuery query(String text) {
		return new SearchQuery(text, null, null, false, null, Place.NOWHERE, this.organization.id(), null, 0, 100);
	}

	/** The fixture's services found by a search, best first. */
	private List<UUID> found(String text) {
		return this.directory.search(query(text)).hits().stream().map(SearchHit::id).toList();
	}

}

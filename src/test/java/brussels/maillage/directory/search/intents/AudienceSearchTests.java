package brussels.maillage.directory.search.intents;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.search.words.Words;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who the help is for and their age, typed in a sentence ({@link Intents},
 * {@link Audiences}), rank the services meant for them first, without leaving out the
 * services that record no group or age, nor those whose age range excludes it. The
 * fixture is one organisation's services as a Brussels directory describes them: speech
 * therapists (one for children from 3 to 12, one for adults from 18, one recording
 * neither), a crèche, and help with paperwork (one for seniors from 65, one for young
 * people from 16 to 25, one recording neither), their texts alike but for the group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AudienceSearchTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	private RegisterOrganization organization;

	private final List<UUID> services = new ArrayList<>();

	private UUID childSpeech;

	private UUID adultSpeech;

	private UUID speech;

	private UUID creche;

	private UUID seniorPapers;

	private UUID youthPapers;

	private UUID papers;

	@BeforeAll
	void registerTheServices() {
		this.organization = organization("Maillage test : publics", "21004", 50.85, 4.35);
		this.directory.register(this.organization);
		this.childSpeech = registered("Cabinet de logopédie Les Hirondelles", "Logopedie De Zwaluwen",
				"Bilans et séances chez une logopède, sur rendez-vous.", "Bilans en sessies bij een logopedist.",
				List.of("children"), 3, 12);
		this.adultSpeech = registered("Cabinet de logopédie Les Tilleuls", "Logopedie De Linden",
				"Bilans et séances chez une logopède, sur rendez-vous.", "Bilans en sessies bij een logopedist.",
				List.of("adults"), 18, null);
		this.speech = registered("Cabinet de logopédie Les Peupliers", "Logopedie De Populieren",
				"Bilans et séances chez une logopède, sur rendez-vous.", "Bilans en sessies bij een logopedist.",
				List.of(), null, null);
		this.creche = registered("Crèche Les Lutins", "Kinderdagverblijf De Kabouters",
				"Accueil des enfants de 0 à 3 ans en journée.", "Opvang voor kinderen van 0 tot 3 jaar overdag.",
				List.of("children"), 0, 3);
		this.seniorPapers = registered("Permanence Le Guichet", "Zitdag Het Loket",
				"Aide pour remplir les formulaires et les démarches administratives.",
				"Hulp bij het invullen van formulieren en administratieve stappen.", List.of("seniors"), 65, null);
		this.youthPapers = registered("Permanence La Boussole", "Zitdag Het Kompas",
				"Aide pour remplir les formulaires et les démarches administratives.",
				"Hulp bij het invullen van formulieren en administratieve stappen.", List.of("youth"), 16, 25);
		this.papers = registered("Permanence Le Relais", "Zitdag De Schakel",
				"Aide pour remplir les formulaires et les démarches administratives.",
				"Hulp bij het invullen van formulieren en administratieve stappen.", List.of(), null, null);
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
	void aChildsAgeRanksTheSpeechTherapistForChildrenFirstAndTheOneForAdultsLast() {
		for (String typed : List.of("logopède pour un enfant de 6 ans", "logopede pour enfant de 6ans",
				"logopedist voor een kind van 6 jaar", "logopedist voor een 6-jarige",
				"speech therapist for a 6-year-old", "speech therapist for my 6 year old kid")) {
			List<UUID> found = found(typed);
			assertThat(found).as(typed).contains(this.childSpeech, this.speech, this.adultSpeech);
			assertThat(found.get(0)).as(typed).isEqualTo(this.childSpeech);
			// A service that records no age is not passed over; one that excludes the
			// age comes after it, but is still found.
			assertThat(found.indexOf(this.speech)).as(typed).isLessThan(found.indexOf(this.adultSpeech));
		}
	}

	@Test
	void theGroupRanksButDoesNotOutweighTheHelpSought() {
		// The crèche is for children, but is no speech therapist: every speech therapist
		// the child can see comes first.
		for (String typed : List.of("logopède pour un enfant de 6 ans", "logopède pour enfants")) {
			List<UUID> found = found(typed);
			if (found.contains(this.creche)) {
				assertThat(found.indexOf(this.creche)).as(typed).isGreaterThan(found.indexOf(this.speech));
			}
		}
	}

	@Test
	void anOlderPersonRanksTheHelpForSeniorsFirst() {
		for (String typed : List.of("aide administrative pour une personne âgée", "formulaires pour personnes âgées",
				"formulaires 3e âge", "hulp bij formulieren voor ouderen", "formulieren senioren",
				"help with forms for the elderly")) {
			List<UUID> found = found(typed);
			assertThat(found).as(typed).contains(this.seniorPapers, this.papers, this.youthPapers);
			assertThat(found.get(0)).as(typed).isEqualTo(this.seniorPapers);
		}
	}

	@Test
	void anAgeReadAfterARelativeRanksTheServicesWhoseRangeHoldsIt() {
		for (String typed : List.of("formulaires pour mon père âgé de 80 ans", "formulieren voor mijn 80-jarige vader",
				"help with forms for my 80 year old father")) {
			List<UUID> found = found(typed);
			assertThat(found).as(typed).containsExactly(this.seniorPapers, this.papers, this.youthPapers);
		}
		for (String typed : List.of("formulaires pour un jeune de 19 ans", "formulieren voor jongeren")) {
			assertThat(found(typed).get(0)).as(typed).isEqualTo(this.youthPapers);
		}
	}

	@Test
	void theWordsShownAsSearchedDoNotKeepTheWordsOfADroppedRelative() {
		// The note reads "formulaires", not "formulaires pour mon"; the age is read, not
		// searched.
		for (String typed : List.of("formulares pour mon frère", "logopde pour mon fils de 6 ans",
				"formlieren voor mijn 80-jarige vader", "psycologue pas cher pour mon frère")) {
			SearchResults results = search(typed);
			assertThat(results.corrected()).as(typed).isNotNull();
			assertThat(Words.of(results.corrected())).as(typed)
				.doesNotContain("pour", "mon", "voor", "mijn", "for", "my", "de", "6", "ans", "80", "jarige");
		}
	}

	private UUID registered(String fr, String nl, String descriptionFr, String descriptionNl, List<String> groups,
			Integer minimumAge, Integer maximumAge) {
		RegisterService service = new RegisterService(UUID.randomUUID(), this.organization.id(),
				LocalizedText.of(fr, nl, null), LocalizedText.of(descriptionFr, descriptionNl, null), null, null, null,
				ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, minimumAge, maximumAge, Cost.FREE,
				List.of("fr", "nl"), groups, AreaLevel.REGION, List.of(),
				List.of(this.organization.locations().get(0).id()), List.of("02 123 45 67"), List.of(), List.of(), null,
				null);
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
		return search(text).hits().stream().map(SearchHit::id).toList();
	}

}

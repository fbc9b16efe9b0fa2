package brussels.maillage.directory.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A language typed in the text ({@link SpokenLanguages}) ranks the services offered in it
 * first, without leaving out the others. The fixture is one organisation's services as a
 * Brussels directory describes them, their texts alike but for the languages they are
 * offered in: three psychologists (French and Dutch; French and English; French and
 * Arabic), two general practitioners (French and Dutch; French, Arabic and Turkish), two
 * help desks for paperwork (French and Dutch; French and Turkish), and an English course
 * given in French, whose text says "anglais" but which is no help in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpokenLanguageSearchTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private RegisterOrganization organization;

	private final List<UUID> services = new ArrayList<>();

	private UUID psychologist;

	private UUID englishPsychologist;

	private UUID arabicPsychologist;

	private UUID doctor;

	private UUID arabicTurkishDoctor;

	private UUID papers;

	private UUID turkishPapers;

	private UUID englishCourse;

	@BeforeAll
	void registerTheServices() {
		this.organization = organization("Maillage test : langues", "21001", 50.84, 4.33);
		this.directory.register(this.organization);
		String psyFr = "Consultations chez un psychologue pour adultes, sur rendez-vous.";
		String psyNl = "Consultaties bij een psycholoog voor volwassenen, op afspraak.";
		this.psychologist = registered("Cabinet de psychologie Les Aulnes", "Psychologenpraktijk De Elzen", psyFr,
				psyNl, List.of("fr", "nl"));
		this.englishPsychologist = registered("Cabinet de psychologie Les Saules", "Psychologenpraktijk De Wilgen",
				psyFr, psyNl, List.of("fr", "en"));
		this.arabicPsychologist = registered("Cabinet de psychologie Les Frênes", "Psychologenpraktijk De Essen", psyFr,
				psyNl, List.of("fr", "ar"));
		String gpFr = "Consultations de médecine générale chez un médecin généraliste.";
		String gpNl = "Consultaties algemene geneeskunde bij een huisarts.";
		this.doctor = registered("Maison médicale Le Platane", "Medisch huis De Plataan", gpFr, gpNl,
				List.of("fr", "nl"));
		this.arabicTurkishDoctor = registered("Maison médicale Le Tilleul", "Medisch huis De Linde", gpFr, gpNl,
				List.of("fr", "ar", "tr"));
		String papersFr = "Aide pour remplir les formulaires et les démarches administratives.";
		String papersNl = "Hulp bij het invullen van formulieren en administratieve stappen.";
		this.papers = registered("Permanence L'Ancre", "Zitdag Het Anker", papersFr, papersNl, List.of("fr", "nl"));
		this.turkishPapers = registered("Permanence Le Phare", "Zitdag De Vuurtoren", papersFr, papersNl,
				List.of("fr", "tr"));
		this.englishCourse = registered("Cours d'anglais pour adultes", "Cursus Engels voor volwassenen",
				"Cours d'anglais pour débutants, donnés en français.",
				"Cursus Engels voor beginners, in het Frans gegeven.", List.of("fr"));
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
	void aPsychologistWhoSpeaksTheLanguageComesFirstAndTheOthersFollow() {
		for (String typed : List.of("psychologue qui parle anglais", "psychologue anglophone",
				"Engelstalige psycholoog", "psycholoog die Engels spreekt", "psychologist who speaks English",
				"English-speaking psychologist", "psychologue en anglais")) {
			List<UUID> found = found(typed);
			assertThat(found.get(0)).as(typed).isEqualTo(this.englishPsychologist);
			assertThat(found).as(typed).contains(this.psychologist, this.arabicPsychologist);
			assertThat(found).as(typed).doesNotContain(this.englishCourse);
		}
		for (String typed : List.of("psychologue qui parle arabe", "psycholoog die Arabisch spreekt",
				"psychologist who speaks Arabic", "psychologue arabophone")) {
			List<UUID> found = found(typed);
			assertThat(found.get(0)).as(typed).isEqualTo(this.arabicPsychologist);
			assertThat(found).as(typed).contains(this.psychologist, this.englishPsychologist);
		}
	}

	@Test
	void theOtherHelpWantedStaysFirst() {
		for (String typed : List.of("médecin généraliste qui parle turc", "huisarts die Turks spreekt",
				"médecin généraliste arabophone")) {
			List<UUID> found = found(typed);
			assertThat(found.get(0)).as(typed).isEqualTo(this.arabicTurkishDoctor);
			assertThat(found).as(typed).contains(this.doctor);
			// The help sought outweighs the language: no psychologist or desk is found.
			assertThat(found).as(typed).doesNotContain(this.arabicPsychologist, this.turkishPapers);
		}
		for (String typed : List.of("aide administrative en turc", "hulp bij formulieren in het Turks")) {
			List<UUID> found = found(typed);
			assertThat(found.get(0)).as(typed).isEqualTo(this.turkishPapers);
			assertThat(found).as(typed).contains(this.papers);
		}
	}

	@Test
	void aLanguageNoServiceOffersHidesNone() {
		for (String typed : List.of("psychologue qui parle polonais", "psycholoog die Pools spreekt")) {
			assertThat(found(typed)).as(typed)
				.contains(this.psychologist, this.englishPsychologist, this.arabicPsychologist);
		}
	}

	@Test
	void aLanguageCourseIsSearchedAsWords() {
		assertThat(found("cours d'anglais").get(0)).isEqualTo(this.englishCourse);
		assertThat(found("cursus Engels").get(0)).isEqualTo(this.englishCourse);
	}

	@Test
	void theSearchPageSaysTheLanguageReadInItsLanguage() {
		WebSession session = new WebSession(this.port);
		assertThat(session.language("fr").get("/repertoire?q=psychologue+qui+parle+anglais").body())
			.contains("Langue lue dans votre recherche : en anglais.");
		assertThat(session.language("nl").get("/repertoire?q=psycholoog+die+Turks+spreekt").body())
			.contains("Taal gelezen in uw zoekopdracht: in het Turks.");
		assertThat(session.language("en").get("/repertoire?q=psychologist+who+speaks+Russian").body())
			.contains("Language read from your search: in Russian.");
		assertThat(session.language("fr").get("/repertoire?q=cours+de+fran%C3%A7ais").body())
			.doesNotContain("Langue lue dans votre recherche");
	}

	private UUID registered(String fr, String nl, String descriptionFr, String descriptionNl, List<String> languages) {
		RegisterService service = new RegisterService(UUID.randomUUID(), this.organization.id(),
				LocalizedText.of(fr, nl, null), LocalizedText.of(descriptionFr, descriptionNl, null), null, null, null,
				ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, languages, List.of(),
				AreaLevel.REGION, List.of(), List.of(this.organization.locations().get(0).id()),
				List.of("02 123 45 67"), List.of(), List.of(), null, null);
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

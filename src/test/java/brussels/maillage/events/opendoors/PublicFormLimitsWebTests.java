package brussels.maillage.events.opendoors;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.system.OutboxFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public forms of events refuse what no one types by hand (a 5,200-character address,
 * 99,999 places for one visit, a 330,000-character description), with the message next to
 * the field and the limit in its hint, and keep what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicFormLimitsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	OpenDoorsWeekService weeks;

	@Autowired
	HostOfferService offers;

	@Autowired
	OpenDoorsProgrammeService programme;

	@Autowired
	JdbcClient jdbc;

	private Map<String, String> hostAnswer(LocalDate monday, String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("organizationQuery", "");
		form.put("organization", "");
		form.put("otherName", "Maison médicale du Globe");
		form.put("otherNote", "Chaussée d'Alsemberg 1, Uccle");
		form.put("contactName", "Claire Dupont");
		form.put("contactEmail", email);
		form.put("contactLanguage", "fr");
		form.put("address", "Place Keym 2");
		form.put("commune", "21017");
		form.put("slot-0-day", monday.toString());
		form.put("slot-0-start", "09:30");
		form.put("slot-0-capacity", "8");
		form.put("slot-0-language", "fr");
		form.put("slot-0-descriptionFr", "Visite de l'accueil.");
		form.put("slot-0-descriptionNl", "");
		form.put("slot-0-descriptionEn", "");
		form.put("action", "send");
		return form;
	}

	private long offersFrom(String email) {
		return this.jdbc.sql("select count(*) from open_doors_offer where contact_email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	@Test
	void theHostCallRefusesAHugeAddressPlacesAndDescriptionNextToTheirFieldsAndKeepsThem() {
		LocalDate monday = OpenDoorsTests.nextMonday();
		UUID week = this.weeks.createWeek("Limites " + UUID.randomUUID(), "SUD", monday, monday.plusDays(4),
				monday.minusDays(7));
		WebSession host = new WebSession(this.port);
		String page = host.get("/portes-ouvertes/appel/" + week + "?lang=fr").body();
		assertThat(page).contains("Rue et numéro, avec le code postal si la commune en a plusieurs")
			.contains("En chiffres, de 1 à 50 personnes par visite.")
			.contains("2 000 caractères au plus par langue.");

		String email = "limites-" + UUID.randomUUID() + "@example.be";
		String address = "Place Keym 2 " + "x".repeat(5_200);
		String description = "Une visite. " + "y".repeat(330_000);
		Map<String, String> form = hostAnswer(monday, email);
		form.put("address", address);
		form.put("slot-0-capacity", "99999");
		form.put("slot-0-descriptionFr", description);
		HttpResponse<String> refused = host.post("/portes-ouvertes/appel/" + week, form);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"address-error\"")
			.contains("L&#39;adresse compte 200 caractères au plus")
			.contains("id=\"slot-0-capacity-error\"")
			.contains("Une visite accueille 50 personnes au plus.")
			.contains("id=\"slot-0-descriptionFr-error\"")
			.contains("Une description compte 2 000 caractères au plus dans chaque langue.")
			.contains("href=\"#address\"")
			.as("nothing typed is lost")
			.contains(address)
			.contains(description)
			.contains("value=\"99999\"");
		assertThat(offersFrom(email)).isZero();

		form = hostAnswer(monday, email);
		form.put("slot-0-capacity", "51");
		form.put("otherNote", "n".repeat(1_001));
		form.put("contactName", "c".repeat(201));
		HttpResponse<String> justOver = host.post("/portes-ouvertes/appel/" + week, form);
		assertThat(justOver.statusCode()).isEqualTo(422);
		assertThat(justOver.body()).contains("id=\"slot-0-capacity-error\"")
			.contains("id=\"otherNote-error\"")
			.contains("id=\"contactName-error\"");

		form = hostAnswer(monday, email);
		form.put("slot-0-capacity", "50");
		form.put("address", "a".repeat(200));
		form.put("slot-0-descriptionFr", "d".repeat(2_000));
		assertThat(host.post("/portes-ouvertes/appel/" + week, form).statusCode()).as("at the limits").isEqualTo(302);
		assertThat(offersFrom(email)).isOne();
		OutboxFixtures.forgetUnsent(this.jdbc, "open-doors-offer");
	}

	@Test
	void theServiceRefusesOffersOverTheLimitsWhoeverSendsThem() {
		LocalDate monday = OpenDoorsTests.nextMonday();
		UUID week = this.weeks.createWeek("Limites service " + UUID.randomUUID(), "NORD", monday, monday.plusDays(4),
				monday.minusDays(7));
		OpenDoors.Offer tooMany = new OpenDoors.Offer(null, "Hôte", "Rue Haute 298", "21004", null, "Visite.",
				"hote@example.org", OpenDoors.slots(java.util.List.of(monday.atTime(9, 30)), 99_999));
		assertThatThrownBy(() -> this.offers.offer(week, tooMany, "test")).isInstanceOf(OpenDoorsRefused.class)
			.satisfies((refused) -> assertThat(((OpenDoorsRefused) refused).reason()).isEqualTo("capacityLarge"));
		OpenDoors.Offer longAddress = new OpenDoors.Offer(null, "Hôte", "r".repeat(5_200), "21004", null, "Visite.",
				"hote@example.org", OpenDoors.slots(java.util.List.of(monday.atTime(9, 30)), 5));
		assertThatThrownBy(() -> this.offers.offer(week, longAddress, "test")).isInstanceOf(OpenDoorsRefused.class)
			.satisfies((refused) -> assertThat(((OpenDoorsRefused) refused).reason()).isEqualTo("addressLength"));
	}

	@Test
	void aBookingWithAHugeNameIsRefusedNextToTheField() {
		LocalDate monday = OpenDoorsTests.nextMonday();
		UUID week = this.weeks.createWeek("Limites visite " + UUID.randomUUID(), "NORD", monday, monday.plusDays(4),
				monday.minusDays(7));
		UUID offer = this.offers.offer(week, OpenDoorsTests.offer("Centre de jour", monday.atTime(10, 0)), "test");
		this.offers.decide(offer, true);
		this.weeks.publish(week);
		UUID slot = this.programme.programme(week, null, null, null, Locale.FRENCH).get(0).slotId();
		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/portes-ouvertes/creneau/" + slot + "?lang=fr").body())
			.contains("200 caractères au plus.");
		String name = "Anne " + "L".repeat(5_000);
		HttpResponse<String> refused = visitor.post("/portes-ouvertes/creneau/" + slot, Map.of("name", name, "email",
				"anne-" + UUID.randomUUID() + "@example.be", "profession", "assistante sociale", "language", "fr"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"name-error\"")
			.contains("Le nom compte 200 caractères au plus.")
			.contains(name);
		assertThat(this.programme.slot(slot, Locale.FRENCH).orElseThrow().left()).isEqualTo(2);
	}

	@Test
	void aSessionRequestWithTooLongPreferredDatesIsRefusedNextToTheField() {
		WebSession team = new WebSession(this.port);
		String page = team.get("/agenda/demande?lang=fr").body();
		assertThat(page).contains("En chiffres, de 1 à 10 000.").contains("2 000 caractères au plus.");
		Map<String, String> request = new LinkedHashMap<>();
		request.put("organisation", "Maison médicale du Globe");
		request.put("contactName", "Claire Dupont");
		request.put("email", "claire-" + UUID.randomUUID() + "@example.be");
		request.put("language", "fr");
		request.put("topic", "Soins palliatifs à domicile");
		request.put("audience", "infirmières");
		request.put("expectedPeople", "99999");
		request.put("preferredDates", "mardi ".repeat(300));
		request.put("territory", "SUD");
		HttpResponse<String> refused = team.post("/agenda/demande", request);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"preferredDates-error\"")
			.contains("Les dates souhaitées comptent 1 000 caractères au plus.")
			.contains("id=\"expectedPeople-error\"")
			.contains("value=\"99999\"");
	}

}

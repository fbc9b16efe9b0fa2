package brussels.maillage.events.opendoors;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages of an open-doors week over HTTP: a week created, an offer recorded for
 * an organisation of the directory with a message next to a bad field, validated and
 * published, then the public programme shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDoorsWebTests {

	private static final Pattern WEEK = Pattern.compile("/staff/portes-ouvertes/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	HostOfferService offers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffCreateAWeekRecordAnOfferValidateAndPublish() {
		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", "demo-maillage-2026");
		assertThat(staff.get("/staff/portes-ouvertes").statusCode()).isEqualTo(200);
		LocalDate monday = OpenDoorsTests.nextMonday();
		String name = "Semaine équipe " + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> week = new LinkedHashMap<>(
				Map.of("name", name, "bassin", "NORD", "startsOn", monday.toString(), "endsOn",
						monday.minusDays(2).toString(), "hostsCloseOn", monday.minusDays(7).toString()));
		HttpResponse<String> refused = staff.post("/staff/portes-ouvertes", week);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"endsOn-error\"").contains("value=\"" + name + "\"");
		week.put("endsOn", monday.plusDays(4).toString());
		HttpResponse<String> created = staff.post("/staff/portes-ouvertes", week);
		assertThat(created.statusCode()).isEqualTo(302);
		Matcher id = WEEK.matcher(created.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		UUID weekId = UUID.fromString(id.group(1));

		String page = staff.get("/staff/portes-ouvertes/" + weekId).body();
		Matcher organization = Pattern.compile("<option value=\"([0-9a-f-]{36})\"").matcher(page);
		assertThat(organization.find()).as("organisations of the directory to choose from").isTrue();
		Map<String, String> offer = new LinkedHashMap<>(Map.of("organization", organization.group(1), "address",
				"Rue Haute 298", "commune", "21004", "description", "Visite des locaux", "contactEmail",
				"hote@example.org", "slots", monday + " 09:30 4\n" + monday + " 10:00 4"));
		HttpResponse<String> overlapping = staff.post("/staff/portes-ouvertes/" + weekId + "/offres", offer);
		assertThat(overlapping.statusCode()).isEqualTo(422);
		assertThat(overlapping.body()).contains("id=\"slots-error\"").contains("se chevauchent");
		offer.put("slots", monday + " 09:30 4\n" + monday + " 11:00 4");
		assertThat(staff.post("/staff/portes-ouvertes/" + weekId + "/offres", offer).statusCode()).isEqualTo(302);
		HostOffer recorded = this.offers.offers(weekId).get(0);
		assertThat(recorded.slots()).isEqualTo(2);
		assertThat(recorded.registeredBy()).isEqualTo("nord@demo.maillage.brussels");

		staff.get("/staff/portes-ouvertes/" + weekId);
		assertThat(staff
			.post("/staff/portes-ouvertes/offres/" + recorded.id() + "?week=" + weekId + "&validated=true", Map.of())
			.statusCode()).isEqualTo(302);
		staff.get("/staff/portes-ouvertes/" + weekId);
		assertThat(staff.post("/staff/portes-ouvertes/" + weekId + "/publier", Map.of()).statusCode()).isEqualTo(302);
		String programme = new WebSession(this.port).get("/portes-ouvertes/" + weekId + "?lang=fr").body();
		assertThat(programme).contains(recorded.hostName().replace("'", "&#39;")).contains("2 visite(s)");
	}

}

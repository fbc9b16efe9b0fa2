package brussels.maillage.events.opendoors;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The place in an open-doors confirmation mail when the host's commune has several
 * postcodes (Bruxelles: 1000, 1020, 1040, 1050, 1120, 1130): the address's own postcode,
 * never the commune's first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDoorsPostcodeWebTests {

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

	@Test
	void theMailGivesThePostcodeWrittenInTheAddressOfACommuneWithSeveral() {
		assertThat(placeInMail("Rue Léopold Ier 1, 1020")).contains("Rue Léopold Ier 1, 1020 Bruxelles")
			.doesNotContain("1000");
		assertThat(placeInMail("Rue de Tivoli 3 1020 Laeken")).contains("Rue de Tivoli 3, 1020 Bruxelles");
	}

	@Test
	void theMailGivesNoPostcodeRatherThanTheCommunesFirst() {
		assertThat(placeInMail("Rue Haute 298")).contains("Rue Haute 298, Bruxelles").doesNotContain("1000");
		assertThat(placeInMail("Avenue Louise 1180, 1180")).as("a postcode of another commune is not taken")
			.doesNotContain("1000");
	}

	private String placeInMail(String address) {
		LocalDate monday = OpenDoorsTests.nextMonday();
		UUID week = this.weeks.createWeek("Codes postaux " + UUID.randomUUID(), "CENTRE_OUEST", monday,
				monday.plusDays(4), monday.minusDays(7));
		UUID offer = this.offers.offer(week, new OpenDoors.Offer(null, "Maison de quartier", address, "21004", null,
				"Visite de l'équipe.", "hote@example.org", OpenDoors.slots(List.of(monday.atTime(10, 0)), 3)), "test");
		this.offers.decide(offer, true);
		this.weeks.publish(week);
		UUID slot = this.programme.programme(week, null, null, null, Locale.FRENCH).get(0).slotId();
		String email = "visite-" + UUID.randomUUID() + "@example.be";
		WebSession visitor = new WebSession(this.port);
		assertThat(visitor.get("/portes-ouvertes/creneau/" + slot + "?lang=fr").statusCode()).isEqualTo(200);
		HttpResponse<String> booked = visitor.post("/portes-ouvertes/creneau/" + slot,
				Map.of("name", "Anne Lambert", "email", email, "profession", "assistante sociale", "language", "fr"));
		assertThat(booked.statusCode()).isEqualTo(200);
		String body = this.jdbc.sql("select body_text from mail_message where recipient = ?")
			.param(email)
			.query(String.class)
			.single();
		return body.lines().filter((line) -> line.contains(address.substring(0, 8))).findFirst().orElse(body);
	}

}

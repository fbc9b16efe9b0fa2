package brussels.maillage.governance.meetings;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import brussels.maillage.WebSession;
import brussels.maillage.governance.GovernanceFixtures;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Different persons kept apart from attendances, as the activity report counts them:
 * three consultations of 13, 14 and 16 participants were 32 different people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DistinctPersonsWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	/** The page as a person reads it: character references decoded. */
	static String html(HttpResponse<String> response) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(response.body());
	}

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	Clock clock;

	@Test
	void threeMeetingsOf13And14And16Were32DifferentPeople() {
		Body series = GovernanceFixtures.consultation(this.bodies, "Concertation Personnes");
		GovernanceFixtures.heldMeeting(this.meetings, this.clock, series, LocalDate.of(2026, 2, 3), 13);
		GovernanceFixtures.heldMeeting(this.meetings, this.clock, series, LocalDate.of(2026, 6, 2), 14);
		GovernanceFixtures.heldMeeting(this.meetings, this.clock, series, LocalDate.of(2026, 10, 6), 16);
		assertThat(this.meetings.figures(series.id(), 2026).participants()).isEqualTo(43);

		WebSession staff = new WebSession(this.port).language("fr");
		staff.login("sud@demo.maillage.brussels", PASSWORD);
		String page = "/staff/governance/bodies/" + series.id() + "?year=2026";
		staff.get(page);
		HttpResponse<String> refused = staff.post("/staff/governance/bodies/" + series.id() + "/distinct-persons",
				Map.of("year", "2026", "persons", "trente-deux", "precision", "EXACT"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(html(staff.get(page)))
			.contains("id=\"persons-error\"", "Saisissez un nombre entier, 0 ou plus.", "value=\"trente-deux\"")
			.containsPattern("value=\"EXACT\" selected");
		assertThat(this.meetings.distinctPersons(series.id(), 2026).persons()).isNull();
		staff.post("/staff/governance/bodies/" + series.id() + "/distinct-persons",
				Map.of("year", "2026", "persons", "32", "precision", "EXACT"));
		assertThat(this.meetings.distinctPersons(series.id(), 2026))
			.isEqualTo(new DistinctPersons(32, Precision.EXACT, 0));
		String shown = html(staff.get(page));
		assertThat(shown).containsPattern("Participations</dt><dd>43</dd>")
			.contains("32 personnes différentes (exact)");
	}

}

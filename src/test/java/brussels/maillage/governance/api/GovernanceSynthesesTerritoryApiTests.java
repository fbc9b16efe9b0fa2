package brussels.maillage.governance.api;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.PlanMeeting;
import brussels.maillage.governance.meetings.Precision;
import brussels.maillage.governance.syntheses.Section;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.governance.syntheses.VersionStatus;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public syntheses API filtered by territory, as a client reads it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovernanceSynthesesTerritoryApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	SynthesesService syntheses;

	@Test
	void theTerritoryKeepsTheSynthesesOfThatBassinOnly() {
		String nord = "Synthèse du Nord " + UUID.randomUUID();
		String sud = "Synthèse du Sud " + UUID.randomUUID();
		publish(this.bodies.body("ADC-NORD").orElseThrow(), LocalDate.of(2023, 5, 9), nord);
		publish(this.bodies.body("CT-SUD-MENTAL_HEALTH").orElseThrow(), LocalDate.of(2023, 5, 11), sud);

		JsonNode ofSud = get("/api/governance/syntheses?territory=SUD&year=2023", 200);
		assertThat(ofSud.toString()).contains(sud).doesNotContain(nord);
		for (JsonNode paper : ofSud) {
			assertThat(paper.path("territory").asString()).isEqualTo("SUD");
		}
		JsonNode ofNord = get("/api/governance/syntheses?territory=nord", 200);
		assertThat(ofNord.toString()).contains(nord).doesNotContain(sud);
		assertThat(get("/api/governance/syntheses?year=2023", 200).toString()).contains(nord, sud);
		assertThat(get("/api/governance/syntheses?territory=REGION&year=2023", 200).toString()).doesNotContain(nord,
				sud);
	}

	@Test
	void anUnknownTerritoryIsAProblemNamingTheFieldInTheReadersLanguage() {
		HttpResponse<String> french = new WebSession(this.port).language("fr")
			.json("GET", "/api/governance/syntheses?territory=ATLANTIS", null, null);
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JSON.readTree(french.body()).path("errors").path("territory").asString())
			.isEqualTo("Le territoire doit être REGION ou le code d'un bassin, par exemple SUD ou NORD_EST.");
		HttpResponse<String> dutch = new WebSession(this.port).language("nl")
			.json("GET", "/api/governance/syntheses?territory=Brugge", null, null);
		assertThat(dutch.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(dutch.body()).path("errors").path("territory").asString())
			.startsWith("Het gebied moet REGION of de code van een zorgzone zijn");
	}

	private void publish(Body body, LocalDate day, String finding) {
		UUID meeting = this.meetings.recordPast(body,
				new PlanMeeting(LocalizedText.of(body.name().fr(), body.name().nl(), null),
						day.atTime(9, 30).atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant(),
						day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant(), null, 1),
				MeetingStatus.HELD, "test");
		this.meetings.recordAttendance(meeting, Map.of(), 0, 20, Precision.ABOUT, "test");
		UUID synthesis = this.syntheses.start(meeting, "test");
		this.syntheses.addItem(synthesis, Section.FINDING, finding, null);
		this.syntheses.setStatus(synthesis, "fr", VersionStatus.PUBLISHED);
	}

	private JsonNode get(String path, int status) {
		HttpResponse<String> response = new WebSession(this.port).json("GET", path, null, null);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return JSON.readTree(response.body());
	}

}

package brussels.maillage.prevention.api;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.PreventionFixtures;
import brussels.maillage.prevention.rendezvous.RendezvousService;
import brussels.maillage.prevention.rendezvous.VenueView;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public prevention API, read as a client would, and its description. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreventionApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	RendezvousService rendezvous;

	@Test
	void theThemesOf2025AreTheTwelveOfTheActivityReport() {
		JsonNode body = get("/api/prevention/themes?year=2025", 200);
		assertThat(body.path("year").asInt()).isEqualTo(2025);
		JsonNode themes = body.path("themes");
		assertThat(themes.size()).isEqualTo(12);
		assertThat(themes.get(0).path("month").asInt()).isEqualTo(1);
		assertThat(themes.get(0).path("title").path("fr").asString()).isEqualTo("Cancer du col de l'utérus");
		assertThat(themes.get(3).path("title").path("fr").asString()).isEqualTo("Tuberculose");
		assertThat(themes.get(11).path("title").path("nl").asString()).isEqualTo("Hiv en soa");
	}

	@Test
	void badParametersAreAnsweredWithProblemsNamingTheField() {
		for (String path : List.of("/api/prevention/themes?year=deux-mille", "/api/prevention/themes?year=1850",
				"/api/prevention/sessions?year=20255", "/api/prevention/sessions?territory=ATLANTIS")) {
			HttpResponse<String> response = new WebSession(this.port).json("GET", path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.path("status").asInt()).isEqualTo(400);
			assertThat(problem.path("errors").properties()).hasSize(1);
		}
		HttpResponse<String> french = new WebSession(this.port).json("GET", "/api/prevention/sessions?territory=X",
				null, null);
		assertThat(JSON.readTree(french.body()).path("errors").path("territory").asString())
			.startsWith("Le territoire doit être REGION");
	}

	@Test
	void sessionsOfABassinComeWithTheirHeadcountsAndVenue() {
		List<UUID> services = PreventionFixtures.servicesNamed(this.directory, "Tabacstop");
		CurrentUser officer = new CurrentUser(-1, "cpps@test", "CPPS", Set.of(Role.STAFF),
				Set.of(brussels.maillage.identity.TerritoryScope.SUD), "", true, false);
		assertThat(this.rendezvous.addVenue(PreventionBassin.SUD, services.get(3), "Ligue", officer)).isTrue();
		VenueView venue = this.rendezvous.venues(PreventionBassin.SUD)
			.stream()
			.filter((view) -> view.venue().serviceId().equals(services.get(3)))
			.findFirst()
			.orElseThrow();
		int year = this.rendezvous.today().getYear();
		this.rendezvous.recordSession(venue.venue(), LocalDate.of(year, 5, 31),
				LocalizedText.of("Journée sans tabac", "Dag zonder tabak", null), "Ligue", 14, officer);
		JsonNode sud = get("/api/prevention/sessions?year=" + year + "&territory=SUD", 200);
		assertThat(sud.path("territory").asString()).isEqualTo("SUD");
		JsonNode found = null;
		for (JsonNode session : sud.path("sessions")) {
			if ("Journée sans tabac".equals(session.path("theme").path("fr").asString())) {
				found = session;
			}
		}
		assertThat(found).isNotNull();
		assertThat(found.path("headcount").asInt()).isEqualTo(14);
		assertThat(found.path("date").asString()).isEqualTo(year + "-05-31");
		assertThat(found.path("venue").path("postcode").asString()).isEqualTo("1190");
		assertThat(sud.path("headcount").asLong()).isGreaterThanOrEqualTo(14);
		assertThat(get("/api/prevention/sessions?year=" + year + "&territory=nord", 200).toString())
			.doesNotContain("Journée sans tabac");
		assertThat(get("/api/prevention/sessions?year=" + year, 200).toString()).contains("Journée sans tabac");
	}

	@Test
	void publicationsAndProgrammesAreListedAndDescribedInOpenApi() {
		String publications = get("/api/publications", 200).toString();
		assertThat(publications).contains("Zinneke #1 – printemps 2024").contains("ZINNEKE").contains("KAIROS");
		String programmes = get("/api/programmes", 200).toString();
		assertThat(programmes).contains("\"perinatality\"").contains("child-obesity").contains("vulnerable-people");
		JsonNode paths = get("/api/openapi", 200).path("paths");
		assertThat(paths.has("/api/prevention/themes")).isTrue();
		assertThat(paths.has("/api/prevention/sessions")).isTrue();
		assertThat(paths.has("/api/publications")).isTrue();
		assertThat(paths.has("/api/programmes")).isTrue();
	}

	private JsonNode get(String path, int status) {
		HttpResponse<String> response = new WebSession(this.port).json("GET", path, null, null);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return JSON.readTree(response.body());
	}

}

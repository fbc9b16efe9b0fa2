package brussels.maillage.governance.api;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.Membership;
import brussels.maillage.governance.proposals.ProposalOrigin;
import brussels.maillage.governance.proposals.ProposalStatus;
import brussels.maillage.governance.proposals.ProposalsService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council's composition by category (staff token) and the public list of proposals
 * (issue 19), read over HTTP with the demo's 2025 councils and proposals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovernanceCompositionAndProposalsApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	ProposalsService proposals;

	@Autowired
	Clock clock;

	@Test
	void aStaffTokenReadsSudsCompositionByCategoryWithoutAnyName() {
		WebSession sud = new WebSession(this.port);
		sud.login("sud@demo.maillage.brussels", PASSWORD);
		String token = token(sud);
		HttpResponse<String> response = sud.json("GET", "/api/governance/bodies/CAB-SUD/composition?year=2025", token,
				null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode composition = JSON.readTree(response.body());
		assertThat(composition.path("organization").asString()).isEqualTo("CAB-SUD");
		assertThat(composition.path("year").asInt()).isEqualTo(2025);
		// The decree's 11 categories of a bassin council, in its order.
		JsonNode categories = composition.path("categories");
		assertThat(categories.size()).isEqualTo(11);
		assertThat(categories.get(0).path("code").asString()).isEqualTo("GP");
		assertThat(categories.get(6).path("name").path("nl").asString()).isEqualTo("Centra voor gezinsplanning");
		assertThat(categories.get(6).path("legalReference").asString())
			.isEqualTo("Arrêté du 4 avril 2024, art. 12, § 2, 7°");
		// The demo's Sud council has no family planning, CAW/local service centres nor
		// social coordination member in 2025.
		List<String> missing = new ArrayList<>();
		composition.path("missing").forEach((code) -> missing.add(code.asString()));
		assertThat(missing).containsExactly("FAMILY_PLANNING", "CAW_LDC", "SOCIAL_COORDINATION");
		JsonNode familyPlanning = find(categories, "FAMILY_PLANNING");
		assertThat(familyPlanning.path("invited").asBoolean()).isFalse();
		assertThat(familyPlanning.path("member").asBoolean()).isFalse();
		assertThat(familyPlanning.path("present").asBoolean()).isFalse();
		// A general practitioner sat and came to the 2025 meetings.
		JsonNode gp = find(categories, "GP");
		assertThat(gp.path("invited").asBoolean()).isTrue();
		assertThat(gp.path("member").asBoolean()).isTrue();
		assertThat(gp.path("present").asBoolean()).isTrue();
		for (Membership member : this.bodies.memberships(this.bodies.body("CAB-SUD").orElseThrow().id(), 2025)) {
			assertThat(response.body()).doesNotContain(member.personName());
		}
		// By id too; the council has no member in 2024, so every category is missing.
		Body council = this.bodies.body("CAB-SUD").orElseThrow();
		JsonNode earlier = JSON
			.readTree(sud.json("GET", "/api/governance/bodies/" + council.id() + "/composition?year=2024", token, null)
				.body());
		assertThat(earlier.path("missing").size()).isEqualTo(11);
		assertThat(find(earlier.path("categories"), "GP").path("member").asBoolean()).isFalse();
	}

	@Test
	void theCompositionNeedsAValidTokenAndAnswersProblems() {
		for (String token : new String[] { null, "mlg_not-a-token" }) {
			HttpResponse<String> refused = new WebSession(this.port).json("GET",
					"/api/governance/bodies/CAB-SUD/composition?year=2025", token, null);
			assertThat(refused.statusCode()).as(String.valueOf(token)).isEqualTo(401);
			assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(refused.body()).doesNotContain("FAMILY_PLANNING");
		}
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordination@demo.maillage.brussels", PASSWORD);
		String token = token(coordinator);
		// An open series has no members; an unknown code is no body.
		for (String body : List.of("ATLANTIS", "ADC-SUD", UUID.randomUUID().toString())) {
			HttpResponse<String> unknown = coordinator.json("GET", "/api/governance/bodies/" + body + "/composition",
					token, null);
			assertThat(unknown.statusCode()).as(body).isEqualTo(404);
			assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		}
		HttpResponse<String> badYear = coordinator.language("nl")
			.json("GET", "/api/governance/bodies/CAB-SUD/composition?year=twintig", token, null);
		assertThat(badYear.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(badYear.body()).path("errors").path("year").asString())
			.isEqualTo("Het jaar moet tussen 2000 en 2100 liggen, bijvoorbeeld 2025.");
	}

	@Test
	void theProposalsOfACouncilComeWithTheirStatusAnswerAndTrace() {
		JsonNode sud = get("/api/governance/proposals?council=CAB-SUD", 200);
		JsonNode meeting = findByText(sud,
				"Organiser une rencontre entre les services d'aide à domicile et les maisons médicales du bassin.");
		assertThat(meeting.path("status").asString()).isEqualTo("TAKEN_INTO_PLAN");
		assertThat(meeting.path("organization").asString()).isEqualTo("CAB-SUD");
		assertThat(meeting.path("answer").path("nl").asString())
			.isEqualTo("Weerhouden: de ontmoeting staat in het actieplan 2025 van de zorgzone.");
		// It came from the published synthesis of Sud's October 2024 workshop.
		assertThat(meeting.path("origin").path("organization").asString()).isEqualTo("ADC-SUD");
		assertThat(meeting.path("origin").path("date").asString()).isEqualTo("2024-10-15");
		assertThat(meeting.path("web").asString())
			.endsWith("/gouvernance/propositions/" + meeting.path("id").asString());
		assertThat(sud.toString()).doesNotContain("sans chez-soi");
		for (JsonNode each : sud) {
			assertThat(each.path("organization").asString()).isEqualTo("CAB-SUD");
		}
		JsonNode nord = findByText(get("/api/governance/proposals?council=CAB-NORD", 200),
				"Faire un état des lieux de l'accès aux soins des personnes sans chez-soi dans le bassin.");
		assertThat(nord.path("status").asString()).isEqualTo("DEFERRED");
		assertThat(nord.path("answer").path("fr").asString())
			.isEqualTo("Reportée à 2026, après les données du GT Données.");

		// By the year of submission, and by the council's id.
		Body car = this.bodies.body("CAR").orElseThrow();
		String text = "Un état des lieux régional des permanences " + UUID.randomUUID();
		UUID id = this.proposals.submit(ProposalOrigin.AUTHORITY_REQUEST, null, null, "Demande du test", car.id(), null,
				text, null, "test");
		this.proposals.answer(id, ProposalStatus.DECLINED, "Hors du mandat du conseil.", null);
		int year = LocalDate.now(this.clock).getYear();
		JsonNode mine = findByText(get("/api/governance/proposals?council=" + car.id() + "&year=" + year, 200), text);
		assertThat(mine.path("id").asString()).isEqualTo(id.toString());
		assertThat(mine.path("status").asString()).isEqualTo("DECLINED");
		assertThat(mine.path("answer").path("fr").asString()).isEqualTo("Hors du mandat du conseil.");
		assertThat(mine.path("origin").isNull()).isTrue();
		assertThat(get("/api/governance/proposals?year=" + year, 200).toString()).contains(text);
		assertThat(get("/api/governance/proposals?council=CAR&year=" + (year - 1), 200).toString())
			.doesNotContain(text);
		assertThat(get("/api/governance/proposals", 200).toString()).contains(text, "sans chez-soi");
	}

	@Test
	void theProposalsListAnswersProblemsForAnUnknownCouncilOrYear() {
		Map<String, String> cases = Map.of("/api/governance/proposals?council=ATLANTIS", "council",
				"/api/governance/proposals?council=ADC-SUD", "council", "/api/governance/proposals?year=1850", "year",
				"/api/governance/proposals?year=deux-mille", "year");
		cases.forEach((path, field) -> {
			HttpResponse<String> response = new WebSession(this.port).json("GET", path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(JSON.readTree(response.body()).path("errors").has(field)).as(path).isTrue();
		});
		assertThat(JSON
			.readTree(new WebSession(this.port).json("GET", "/api/governance/proposals?council=X", null, null).body())
			.path("errors")
			.path("council")
			.asString()).startsWith("Le conseil doit être le code d'un conseil");
		JsonNode paths = get("/api/openapi", 200).path("paths");
		for (String path : List.of("/api/governance/proposals", "/api/governance/bodies/{id}/composition")) {
			assertThat(paths.path(path).path("get").path("tags").toString()).as(path).contains("Governance");
		}
		assertThat(paths.path("/api/governance/proposals").path("get").path("parameters").toString())
			.contains("\"council\"", "\"year\"");
	}

	private static String token(WebSession session) {
		session.get("/account");
		session.post("/account/tokens", Map.of("name", "governance-api", "days", "1"));
		Matcher token = Pattern.compile("(mlg_[A-Za-z0-9_-]+)").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private JsonNode get(String path, int status) {
		HttpResponse<String> response = new WebSession(this.port).json("GET", path, null, null);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	private static JsonNode find(JsonNode categories, String code) {
		for (JsonNode node : categories) {
			if (node.path("code").asString().equals(code)) {
				return node;
			}
		}
		throw new AssertionError(code + " not found in " + categories);
	}

	private static JsonNode findByText(JsonNode proposals, String fr) {
		for (JsonNode node : proposals) {
			if (node.path("text").path("fr").asString().equals(fr)) {
				return node;
			}
		}
		throw new AssertionError(fr + " not found in " + proposals);
	}

}

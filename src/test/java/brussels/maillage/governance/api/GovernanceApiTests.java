package brussels.maillage.governance.api;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import brussels.maillage.WebSession;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.MemberType;
import brussels.maillage.governance.bodies.MembershipRole;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.bodies.NewMembership;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.PlanMeeting;
import brussels.maillage.governance.meetings.Precision;
import brussels.maillage.governance.proposals.ProposalStatus;
import brussels.maillage.governance.proposals.ProposalsService;
import brussels.maillage.governance.syntheses.Section;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.governance.syntheses.VersionStatus;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public governance API and the Atom feed of syntheses, read over HTTP as a client
 * would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovernanceApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	SynthesesService syntheses;

	@Autowired
	ProposalsService proposals;

	@Autowired
	Clock clock;

	@Test
	void bodiesGiveHowManyMembersNeverWho() {
		int year = LocalDate.now(this.clock).getYear();
		String code = "GT-API-" + UUID.randomUUID().toString().substring(0, 8);
		Body group = workingGroup(code);
		member(group, year, "Ada Membre-Active", MembershipStatus.ACTIVE);
		member(group, year, "Bea Membre-Acceptee", MembershipStatus.ACCEPTED);
		member(group, year, "Cyril Invite", MembershipStatus.INVITED);
		member(group, year, "Dora Declinee", MembershipStatus.DECLINED);
		member(group, year - 1, "Emile Ancien", MembershipStatus.ACTIVE);
		HttpResponse<String> response = new WebSession(this.port).json("GET", "/api/governance/bodies", null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("Ada Membre-Active", "Membre-Acceptee", "Emile", "@test.example");
		JsonNode all = JSON.readTree(response.body());
		JsonNode mine = find(all, "shortName", code);
		assertThat(mine.path("members").asInt()).isEqualTo(2);
		assertThat(mine.path("classification").asString()).isEqualTo("WORKING_GROUP");
		assertThat(mine.path("name").path("nl").asString()).isEqualTo("WG API-test");
		// The decree's 5 bassin councils and the regional council (issue 19).
		int bassinCouncils = 0;
		for (JsonNode body : all) {
			// Other tests of this database add councils of their own (codes TEST-...).
			bassinCouncils += (body.path("classification").asString().equals("BASSIN_COUNCIL")
					&& body.path("shortName").asString().startsWith("CAB-")) ? 1 : 0;
		}
		assertThat(bassinCouncils).isEqualTo(5);
		assertThat(find(all, "shortName", "CAR").path("territory").asString()).isEqualTo("REGION");
		// An open series has no members: no count rather than a misleading zero.
		assertThat(find(all, "shortName", "ADC-SUD").path("members").isNull()).isTrue();
	}

	@Test
	void meetingsOfAYearAndABodyComeWithTheirParticipantsCount() {
		Body group = workingGroup("GT-MEET-" + UUID.randomUUID().toString().substring(0, 8));
		UUID held = held(group, LocalDate.of(2024, 11, 14), 30, Precision.ABOUT);
		held(group, LocalDate.of(2023, 5, 9), 12, Precision.EXACT);
		JsonNode body = get("/api/governance/meetings?year=2024&body=" + group.code(), 200);
		assertThat(body.path("year").asInt()).isEqualTo(2024);
		assertThat(body.path("meetings").size()).isEqualTo(1);
		JsonNode meeting = body.path("meetings").get(0);
		assertThat(meeting.path("id").asString()).isEqualTo(held.toString());
		assertThat(meeting.path("organization").asString()).isEqualTo(group.code());
		assertThat(meeting.path("meetingState").asString()).isEqualTo("HELD");
		assertThat(meeting.path("start").asString()).startsWith("2024-11-14T09:30");
		assertThat(meeting.path("participants").asInt()).isEqualTo(30);
		assertThat(meeting.path("participantsPrecision").asString()).isEqualTo("ABOUT");
		// The body may be given by its id too.
		assertThat(get("/api/governance/meetings?year=2023&body=" + group.id(), 200).path("meetings").size())
			.isEqualTo(1);
		// Every body: the demo's bassin councils meet three times in 2025 ("chaque
		// conseil se réunit 3 fois par an").
		JsonNode sud = get("/api/governance/meetings?year=2025&body=CAB-SUD", 200).path("meetings");
		assertThat(sud.size()).isEqualTo(3);
		assertThat(sud.get(0).path("start").asString()).startsWith("2025-02");
	}

	@Test
	void aSynthesisIsGivenOnlyInItsPublishedLanguageInTheApiAndTheFeeds() throws Exception {
		Body consultation = this.bodies.body("CT-NORD-PREVENTION").orElseThrow();
		UUID meeting = held(consultation, LocalDate.of(2022, 10, 4), 21, Precision.EXACT);
		UUID id = this.syntheses.start(meeting, "test");
		this.syntheses.addItem(id, Section.FINDING, "Les jeunes connaissent mal les lieux de dépistage.",
				"Jongeren kennen de testplaatsen slecht.");
		this.syntheses.addItem(id, Section.PROPOSAL, "Une carte des lieux de dépistage par bassin.",
				"Een kaart van de testplaatsen per bassin.");
		assertThat(feedIds("fr")).doesNotContain("urn:uuid:" + id);
		this.syntheses.setStatus(id, "fr", VersionStatus.PUBLISHED);

		JsonNode paper = find(get("/api/governance/syntheses?year=2022", 200), "id", id.toString());
		assertThat(paper.path("languages").toString()).isEqualTo("[\"fr\"]");
		assertThat(paper.path("organization").asString()).isEqualTo("CT-NORD-PREVENTION");
		assertThat(paper.path("date").asString()).isEqualTo("2022-10-04");
		assertThat(paper.path("participants").asInt()).isEqualTo(21);
		assertThat(paper.path("findings").get(0).path("fr").asString())
			.isEqualTo("Les jeunes connaissent mal les lieux de dépistage.");
		assertThat(paper.path("findings").get(0).has("nl")).isFalse();
		assertThat(paper.toString()).doesNotContain("Jongeren");
		assertThat(paper.path("pdf").path("fr").asString())
			.endsWith("/gouvernance/syntheses/" + id + "/synthese.pdf?lang=fr");
		assertThat(get("/api/governance/syntheses?year=2021", 200).toString()).doesNotContain(id.toString());

		assertThat(feedIds("fr")).contains("urn:uuid:" + id);
		assertThat(feedIds("nl")).doesNotContain("urn:uuid:" + id);
		this.syntheses.setStatus(id, "nl", VersionStatus.PUBLISHED);
		assertThat(feedIds("nl")).contains("urn:uuid:" + id);
		assertThat(find(get("/api/governance/syntheses?year=2022", 200), "id", id.toString()).path("findings")
			.get(0)
			.path("nl")
			.asString()).isEqualTo("Jongeren kennen de testplaatsen slecht.");

		// The public list announces the feed of the reader's language.
		String page = new WebSession(this.port).language("nl").get("/gouvernance/syntheses").body();
		assertThat(page).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/gouvernance/syntheses/feed.atom?lang=nl\"");
	}

	@Test
	void aProposalsTraceLeadsFromItsSynthesisToTheCouncilsAnswer() {
		Body consultation = this.bodies.body("CT-SUD-HOSPITAL_LIAISON").orElseThrow();
		UUID meeting = held(consultation, LocalDate.of(2022, 3, 8), 18, Precision.EXACT);
		UUID synthesis = this.syntheses.start(meeting, "test");
		this.syntheses.addItem(synthesis, Section.PROPOSAL, "Un référent sortie d'hôpital par bassin.", null);
		this.syntheses.setStatus(synthesis, "fr", VersionStatus.PUBLISHED);
		UUID item = this.syntheses.synthesis(synthesis).orElseThrow().items().get(0).id();
		Body council = this.bodies.body("CAB-SUD").orElseThrow();
		Meeting councilMeeting = this.meetings.meetings(council.id(), 2025).get(1);
		UUID proposal = this.proposals.submit(item, council.id(), "Un référent sortie d'hôpital par bassin.", null,
				"test");
		this.proposals.schedule(proposal, councilMeeting.id());
		this.proposals.answer(proposal, ProposalStatus.TAKEN_INTO_PLAN, "Retenue pour le plan 2026.", null);

		JsonNode trace = get("/api/governance/proposals/" + proposal, 200);
		assertThat(trace.path("type").asString()).isEqualTo("Consultation");
		assertThat(trace.path("status").asString()).isEqualTo("TAKEN_INTO_PLAN");
		// Born in a hospital-liaison consultation, it has that theme.
		assertThat(trace.path("theme").asString()).isEqualTo("HOSPITAL_LIAISON");
		assertThat(trace.path("text").path("fr").asString()).isEqualTo("Un référent sortie d'hôpital par bassin.");
		assertThat(trace.path("origin").path("id").asString()).isEqualTo(synthesis.toString());
		assertThat(trace.path("origin").path("organization").asString()).isEqualTo("CT-SUD-HOSPITAL_LIAISON");
		assertThat(trace.path("organization").asString()).isEqualTo("CAB-SUD");
		assertThat(trace.path("meeting").path("id").asString()).isEqualTo(councilMeeting.id().toString());
		assertThat(trace.path("answer").path("fr").asString()).isEqualTo("Retenue pour le plan 2026.");
		assertThat(trace.path("web").asString()).endsWith("/gouvernance/propositions/" + proposal);

		HttpResponse<String> unknown = new WebSession(this.port).json("GET",
				"/api/governance/proposals/" + UUID.randomUUID(), null, null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void badParametersAreAnsweredWithProblemsNamingTheFieldInTheReadersLanguage() {
		Map<String, String> cases = Map.of("/api/governance/meetings?year=deux-mille", "year",
				"/api/governance/meetings?year=1850", "year", "/api/governance/meetings?body=ATLANTIS", "body",
				"/api/governance/syntheses?year=20255", "year", "/api/governance/proposals/pas-un-id", "id");
		cases.forEach((path, field) -> {
			HttpResponse<String> response = new WebSession(this.port).json("GET", path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.path("errors").properties()).as(path).hasSize(1);
			assertThat(problem.path("errors").has(field)).as(path).isTrue();
		});
		assertThat(JSON
			.readTree(new WebSession(this.port).json("GET", "/api/governance/meetings?body=X", null, null).body())
			.path("errors")
			.path("body")
			.asString()).startsWith("L'instance doit être un code connu");
		assertThat(JSON
			.readTree(new WebSession(this.port).language("nl")
				.json("GET", "/api/governance/meetings?year=twee", null, null)
				.body())
			.path("errors")
			.path("year")
			.asString()).isEqualTo("Het jaar moet tussen 2000 en 2100 liggen, bijvoorbeeld 2025.");
	}

	@Test
	void theOperationsAreDescribedInTheOpenApiDescriptionAndAnswerWithoutAToken() {
		JsonNode paths = get("/api/openapi", 200).path("paths");
		for (String path : List.of("/api/governance/bodies", "/api/governance/meetings", "/api/governance/syntheses",
				"/api/governance/proposals/{id}")) {
			assertThat(paths.has(path)).as(path).isTrue();
			assertThat(paths.path(path).path("get").path("tags").toString()).as(path).contains("Governance");
		}
		assertThat(paths.path("/api/governance/meetings").path("get").path("parameters").toString())
			.contains("\"year\"", "\"body\"");
	}

	private Body workingGroup(String code) {
		UUID id = this.bodies.createWorkingGroup(code, LocalizedText.of("GT API-test", "WG API-test", null), "test");
		return this.bodies.body(id).orElseThrow();
	}

	private void member(Body body, int year, String name, MembershipStatus status) {
		this.bodies.addMembership(body,
				new NewMembership(year, name, name.replace(' ', '.').toLowerCase() + "@test.example", null,
						"Maison médicale du Test", null, MembershipRole.MEMBER, MemberType.PROFESSIONAL, status, null,
						null, null),
				"test");
	}

	private UUID held(Body body, LocalDate day, int headcount, Precision precision) {
		UUID meeting = this.meetings.recordPast(body,
				new PlanMeeting(LocalizedText.of(body.name().fr(), body.name().nl(), null),
						day.atTime(9, 30).atZone(this.clock.getZone()).toInstant(),
						day.atTime(12, 0).atZone(this.clock.getZone()).toInstant(), null, 1),
				MeetingStatus.HELD, "test");
		this.meetings.recordAttendance(meeting, Map.of(), 0, headcount, precision, "test");
		return meeting;
	}

	private List<String> feedIds(String language) throws Exception {
		HttpResponse<String> response = new WebSession(this.port)
			.get("/gouvernance/syntheses/feed.atom?lang=" + language);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(feed.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
			.isEqualTo(language);
		NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			ids.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
				.item(0)
				.getTextContent());
		}
		return ids;
	}

	private JsonNode get(String path, int status) {
		HttpResponse<String> response = new WebSession(this.port).json("GET", path, null, null);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (node.path(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError(value + " not found in " + array);
	}

}

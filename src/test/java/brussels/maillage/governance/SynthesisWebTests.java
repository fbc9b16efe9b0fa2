package brussels.maillage.governance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.ConsultationTheme;
import brussels.maillage.governance.decisions.DecisionMethod;
import brussels.maillage.governance.decisions.DecisionsService;
import brussels.maillage.governance.proposals.ProposalStatus;
import brussels.maillage.governance.proposals.ProposalsService;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.ActionDraft;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Origin;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlansService;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.PlanMeeting;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.governance.syntheses.Synthesis;
import brussels.maillage.system.LocalizedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static brussels.maillage.governance.GovernanceWebTests.html;
import static org.assertj.core.api.Assertions.assertThat;

/** Writing and publishing a consultation's synthesis, French first and Dutch later. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SynthesisWebTests {

	private static final Pattern SYNTHESIS = Pattern.compile("/staff/governance/syntheses/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	SynthesesService syntheses;

	@Autowired
	Clock clock;

	@Autowired
	ProposalsService proposals;

	@Autowired
	DecisionsService decisions;

	@Autowired
	PlansService plans;

	/** A year of bassin Sud's plans no other test uses. */
	private static final int PLAN_YEAR = 2071;

	@Test
	void aConsultationSynthesisIsPublishedInFrenchThenInDutchOnPagesAndInPdf() throws IOException {
		Body consultation = this.bodies.body("CT-SUD-MENTAL_HEALTH").orElseThrow();
		UUID meeting = heldMeeting(consultation, LocalDate.of(2026, 3, 17));
		WebSession staff = new WebSession(this.port).language("fr");
		staff.login("sud@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		staff.get("/staff/governance/meetings/" + meeting);
		HttpResponse<String> started = staff.post("/staff/governance/meetings/" + meeting + "/synthesis", Map.of());
		Matcher matcher = SYNTHESIS.matcher(started.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		UUID id = UUID.fromString(matcher.group(1));
		String edit = "/staff/governance/syntheses/" + id;
		staff.get(edit);
		// An empty item is refused next to its field; the chosen part stays chosen.
		HttpResponse<String> empty = staff.post(edit + "/items",
				Map.of("section", "PROPOSAL", "textFr", "   ", "textNl", ""));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(html(empty))
			.contains("Écrivez le texte de l'élément, en français, en néerlandais ou dans les deux langues.")
			.contains("id=\"textFr-error\"")
			.containsPattern("<option value=\"PROPOSAL\" selected=\"selected\">");
		staff.post(edit + "/items", Map.of("section", "CONTEXT", "textFr",
				"Deuxième concertation santé mentale du bassin Sud, ouverte aux professionnel·les et aux citoyen·nes."));
		staff.post(edit + "/items", Map.of("section", "FINDING", "textFr",
				"Les délais d'accès aux services de santé mentale dépassent trois mois."));
		staff.post(edit + "/items", Map.of("section", "PROPOSAL", "textFr",
				"Créer une permanence d'orientation en santé mentale dans chaque quartier."));
		// The Dutch version cannot be published before every item is translated.
		staff.get(edit);
		staff.post(edit + "/status", Map.of("language", "nl", "status", "PUBLISHED"));
		assertThat(html(staff.get(edit)))
			.contains("Chaque élément doit avoir son texte en néerlandais avant de publier la version néerlandaise.");
		staff.post(edit + "/status", Map.of("language", "fr", "status", "PUBLISHED"));
		staff.post(edit + "/status", Map.of("language", "nl", "status", "IN_TRANSLATION"));

		String page = "/gouvernance/syntheses/" + id;
		String fr = html(new WebSession(this.port).language("fr").get(page));
		assertThat(fr).contains("Synthèse : Concertation santé mentale – Bassin Sud")
			.contains("Les délais d'accès aux services de santé mentale dépassent trois mois.")
			.contains("Orientations et propositions")
			.doesNotContain("Version néerlandaise en préparation");
		String nlBefore = html(new WebSession(this.port).language("nl").get(page));
		assertThat(nlBefore).contains("Nederlandse versie in voorbereiding")
			.contains("<div lang=\"fr\">")
			.contains("Les délais d'accès aux services de santé mentale dépassent trois mois.");
		assertThat(html(new WebSession(this.port).get("/gouvernance/syntheses?territory=SUD")))
			.contains("Concertation santé mentale – Bassin Sud – 17/03/2026");

		Synthesis written = this.syntheses.synthesis(id).orElseThrow();
		List<String> dutch = List.of("Tweede overleg geestelijke gezondheid van zorgzone Zuid.",
				"De wachttijden bij diensten voor geestelijke gezondheidszorg zijn langer dan drie maanden.",
				"In elke wijk een oriëntatiepermanentie geestelijke gezondheid oprichten.");
		for (int i = 0; i < written.items().size(); i++) {
			Synthesis.Item item = written.items().get(i);
			staff.get(edit);
			staff.post("/staff/governance/synthesis-items/" + item.id(),
					Map.of("synthesis", id.toString(), "textFr", item.textFr(), "textNl", dutch.get(i)));
		}
		staff.get(edit);
		staff.post(edit + "/status", Map.of("language", "nl", "status", "PUBLISHED"));
		String nl = html(new WebSession(this.port).language("nl").get(page));
		assertThat(nl).contains("Synthese: Thematisch overleg geestelijke gezondheid – Zorgzone Zuid")
			.contains("De wachttijden bij diensten voor geestelijke gezondheidszorg zijn langer dan drie maanden.")
			.contains("<div lang=\"nl\">")
			.doesNotContain("Nederlandse versie in voorbereiding");

		assertThat(pdfText(page + "/synthese.pdf?lang=fr"))
			.contains("Créer une permanence d'orientation en santé mentale dans chaque quartier.")
			.contains("Bassin Sud");
		assertThat(pdfText(page + "/synthese.pdf?lang=nl"))
			.contains("In elke wijk een oriëntatiepermanentie geestelijke gezondheid oprichten.")
			.contains("Zorgzone Zuid");
	}

	@Test
	void aSynthesisTooLongForOnePageIsRefusedAsPdfWithAClearMessage() throws IOException {
		Body workshops = this.bodies.body("ADC-NORD").orElseThrow();
		UUID meeting = heldMeeting(workshops, LocalDate.of(2026, 2, 10));
		UUID id = this.syntheses.start(meeting, "test");
		String finding = "Les professionnel·les décrivent des situations complexes qui demandent une concertation "
				+ "entre services, et le manque de temps pour se connaître d'un secteur à l'autre. ";
		for (int i = 0; i < 14; i++) {
			this.syntheses.addItem(id, brussels.maillage.governance.syntheses.Section.FINDING, finding.repeat(3), null);
		}
		this.syntheses.setStatus(id, "fr", brussels.maillage.governance.syntheses.VersionStatus.PUBLISHED);
		HttpResponse<String> answer = new WebSession(this.port)
			.get("/gouvernance/syntheses/" + id + "/synthese.pdf?lang=fr");
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("ne tient pas sur une page A4");
	}

	@Test
	void aConsultationProposalGoesToTheCouncilIsAnsweredAndThePublicTraceShowsEachStep() {
		Body consultation = this.bodies.body("CT-SUD-PREVENTION").orElseThrow();
		Body council = this.bodies.body("CAB-SUD").orElseThrow();
		UUID meeting = heldMeeting(consultation, LocalDate.of(2026, 4, 21));
		UUID synthesis = this.syntheses.start(meeting, "test");
		this.syntheses.addItem(synthesis, brussels.maillage.governance.syntheses.Section.PROPOSAL,
				"Organiser une séance d'information sur le dépistage dans chaque quartier.", null);
		this.syntheses.setStatus(synthesis, "fr", brussels.maillage.governance.syntheses.VersionStatus.PUBLISHED);
		UUID item = this.syntheses.synthesis(synthesis).orElseThrow().items().get(0).id();
		UUID councilMeeting = heldMeeting(council, LocalDate.of(2026, 6, 16));

		WebSession staff = new WebSession(this.port).language("fr");
		staff.login("sud@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		staff.get("/staff/governance/proposals/new?item=" + item);
		// Without an origin the proposal is refused next to the field, the text kept.
		HttpResponse<String> noOrigin = staff.post("/staff/governance/proposals/new", Map.of("origin", "", "council",
				council.id().toString(), "textFr", "Une séance de dépistage par quartier.", "textNl", ""));
		assertThat(noOrigin.statusCode()).isEqualTo(200);
		assertThat(html(noOrigin)).contains("Choisissez l'élément de synthèse dont vient la proposition.")
			.contains("id=\"origin-error\"")
			.contains("Une séance de dépistage par quartier.");
		// The form proposes the consultation's theme.
		assertThat(html(staff.get("/staff/governance/proposals/new?item=" + item)))
			.containsPattern("<option value=\"PREVENTION\" selected=\"selected\">");
		HttpResponse<String> submitted = staff.post("/staff/governance/proposals/new",
				Map.of("origin", item.toString(), "council", council.id().toString(), "theme", "PREVENTION", "textFr",
						"Une séance de dépistage par quartier.", "textNl", "Een infosessie over screening per wijk."));
		assertThat(submitted.statusCode()).isEqualTo(302);
		String proposalPath = submitted.headers().firstValue("Location").orElseThrow();
		UUID proposal = UUID.fromString(proposalPath.substring(proposalPath.lastIndexOf('/') + 1));
		String trace = "/gouvernance/propositions/" + proposal;
		assertThat(html(new WebSession(this.port).get(trace))).contains("Conseil de l'action – Bassin Sud, le ")
			.contains("Pas encore.");

		// Born in a prevention consultation, the proposal has its theme.
		assertThat(this.proposals.proposal(proposal).orElseThrow().theme()).isEqualTo(ConsultationTheme.PREVENTION);

		staff.get("/staff/governance/proposals/" + proposal);
		staff.post("/staff/governance/proposals/" + proposal + "/schedule",
				Map.of("meeting", councilMeeting.toString()));
		// Putting it on a council meeting does not change its status: a person does.
		assertThat(this.proposals.proposal(proposal).orElseThrow().status()).isEqualTo(ProposalStatus.SUBMITTED);
		staff.get("/staff/governance/proposals/" + proposal);
		staff.post("/staff/governance/proposals/" + proposal + "/answer", Map.of("status", "RECEIVED"));
		assertThat(html(new WebSession(this.port).language("fr").get(trace))).contains("Reçue par le conseil");
		// Declining without a reason is refused, what was chosen kept.
		staff.get("/staff/governance/proposals/" + proposal);
		staff.post("/staff/governance/proposals/" + proposal + "/answer",
				Map.of("status", "DECLINED", "answerFr", " ", "answerNl", ""));
		assertThat(html(staff.get("/staff/governance/proposals/" + proposal)))
			.contains("Donnez la raison pour laquelle le conseil décline la proposition.")
			.containsPattern("<option value=\"DECLINED\" selected=\"selected\">");
		staff.post("/staff/governance/proposals/" + proposal + "/answer",
				Map.of("status", "TAKEN_INTO_PLAN", "answerFr", "Retenue pour deux quartiers en 2026.", "answerNl",
						"Weerhouden voor twee wijken in 2026."));
		// The council's decision at that meeting, and the plan action it created.
		this.decisions.record(councilMeeting, null, "Le conseil inscrit le dépistage par quartier au plan d'action.",
				"De raad neemt de screening per wijk op in het actieplan.", DecisionMethod.CONSENSUS, List.of(proposal),
				"test");
		UUID plan = this.plans.plan(TerritoryScope.SUD, PLAN_YEAR)
			.map(Plan::id)
			.orElseGet(() -> this.plans.createPlan(TerritoryScope.SUD, PLAN_YEAR, "test"));
		this.plans.addAction(plan,
				new ActionDraft("4.7", "Séances de dépistage dans deux quartiers", "Screeningsessies in twee wijken",
						null, null, null, Origin.PROPOSAL, proposal, "SUD", List.of(TerritoryScope.SUD),
						ActionStatus.ON_TRACK, null, null),
				"test");

		String fr = html(new WebSession(this.port).language("fr").get(trace));
		assertThat(fr).contains("Né", "Concertation prévention et promotion de la santé – Bassin Sud, 21/04/2026")
			.contains("/gouvernance/syntheses/" + synthesis)
			.contains("Conseil de l'action – Bassin Sud, 16/06/2026")
			.contains("Reprise dans le plan")
			.contains("Retenue pour deux quartiers en 2026.")
			.contains("Le conseil inscrit le dépistage par quartier au plan d'action.")
			.contains("Plan d'action " + PLAN_YEAR + " – Bassin Sud", "4.7", "Séances de dépistage dans deux quartiers",
					"En cours, dans les temps");
		String nl = html(new WebSession(this.port).language("nl").get(trace));
		assertThat(nl).contains("Een infosessie over screening per wijk.")
			.contains("Opgenomen in het plan")
			.contains("Weerhouden voor twee wijken in 2026.")
			.contains("Actieplan " + PLAN_YEAR + " – Zorgzone Zuid", "Screeningsessies in twee wijken");
		// The council's register shows the plan action its decision created.
		String register = html(new WebSession(this.port).language("fr").get("/gouvernance/conseils/CAB-SUD/decisions"));
		assertThat(register).contains("Actions des plans créées", "Le conseil inscrit le dépistage par quartier",
				"Séances de dépistage dans deux quartiers");
		// And the API gives the trace with its theme and plan action.
		tools.jackson.databind.JsonNode api = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(
					new WebSession(this.port).json("GET", "/api/governance/proposals/" + proposal, null, null).body());
		assertThat(api.path("status").asString()).isEqualTo("TAKEN_INTO_PLAN");
		assertThat(api.path("theme").asString()).isEqualTo("PREVENTION");
		tools.jackson.databind.JsonNode action = api.path("planActions").path(0);
		assertThat(action.path("territory").asString()).isEqualTo("SUD");
		assertThat(action.path("year").asInt()).isEqualTo(PLAN_YEAR);
		assertThat(action.path("reference").asString()).isEqualTo("4.7");
		assertThat(action.path("title").path("nl").asString()).isEqualTo("Screeningsessies in twee wijken");
		assertThat(action.path("status").asString()).isEqualTo("ON_TRACK");
	}

	private UUID heldMeeting(Body body, LocalDate day) {
		UUID meeting = this.meetings.recordPast(body,
				new PlanMeeting(LocalizedText.of(body.name().fr(), body.name().nl(), null),
						day.atTime(9, 30).atZone(this.clock.getZone()).toInstant(),
						day.atTime(12, 0).atZone(this.clock.getZone()).toInstant(), null, 1),
				MeetingStatus.HELD, "test");
		this.meetings.recordAttendance(meeting, Map.of(), 0, 24, brussels.maillage.governance.meetings.Precision.EXACT,
				"test");
		return meeting;
	}

	private String pdfText(String path) throws IOException {
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
			try (PDDocument pdf = Loader.loadPDF(response.body())) {
				assertThat(pdf.getNumberOfPages()).isEqualTo(1);
				return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}

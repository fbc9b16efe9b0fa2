package brussels.maillage.governance;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import brussels.maillage.WebSession;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.RegisterForEvent;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.Membership;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.meetings.AttendanceSheet;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.YearFigures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies, memberships and meetings over real HTTP, as staff use them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovernanceWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern MEETING = Pattern.compile("/staff/governance/meetings/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	EventsService events;

	@Autowired
	Clock clock;

	WebSession signedIn(String account, String language) {
		WebSession session = new WebSession(this.port).language(language);
		session.login(account + "@demo.maillage.brussels", PASSWORD);
		return session;
	}

	@Test
	void theStructureOfTheGovernanceNoteExistsForEveryBassin() {
		List<Body> all = this.bodies.bodies();
		assertThat(all).extracting(Body::code)
			.contains("CAR", "GT-DONNEES", "GT-METHODES", "CAB-NORD", "CAB-NORD_EST", "CAB-SUD", "CAB-SUD_EST",
					"CAB-CENTRE_OUEST", "ADC-SUD", "CT-SUD-MENTAL_HEALTH", "CT-SUD-PREVENTION",
					"CT-SUD-HOSPITAL_LIAISON");
		assertThat(all.stream().filter((body) -> body.code().startsWith("CT-"))).hasSize(15);
		String page = html(signedIn("sud", "fr").get("/staff/governance"));
		assertThat(page).contains("Conseil de l'action – Bassin Sud", "GT Méthodes & Participation",
				"Concertation santé mentale – Bassin Sud");
		String nl = html(signedIn("sud", "nl").get("/staff/governance"));
		assertThat(nl).contains("Actieraad – Zorgzone Zuid").doesNotContain("??");
	}

	@Test
	void theCompositionPageNamesTheDecreeCategoriesWithoutAMember() {
		Body sud = this.bodies.body("CAB-SUD").orElseThrow();
		String page = html(signedIn("sud", "fr").get("/staff/governance/bodies/" + sud.id() + "?year=2025"));
		// The demo's Sud council has no family planning, CAW/local service centres nor
		// social coordination member in 2025.
		assertThat(page).contains("3 des 11 catégories à inviter au minimum n'ont pas de membre cette année")
			.contains("Plannings familiaux", "Arrêté du 4 avril 2024, art. 12, § 2, 7°");
		String nl = html(signedIn("sud", "nl").get("/staff/governance/bodies/" + sud.id() + "?year=2025"));
		assertThat(nl).contains("3 van de 11 minimaal uit te nodigen categorieën hebben dit jaar geen lid")
			.contains("Centra voor gezinsplanning");
	}

	@Test
	void aCoordinatorRenewsSudsCouncilForTheNextYearInOneActionWithoutTouchingTheYear() {
		Body sud = this.bodies.body("CAB-SUD").orElseThrow();
		List<Membership> before = this.bodies.memberships(sud.id(), 2025);
		Set<String> active = before.stream()
			.filter((m) -> m.status() == MembershipStatus.ACTIVE || m.status() == MembershipStatus.ACCEPTED)
			.map(Membership::personName)
			.collect(Collectors.toSet());
		assertThat(active).isNotEmpty();
		WebSession coordinator = signedIn("coordination", "fr");
		coordinator.get("/staff/governance/bodies/" + sud.id() + "?year=2025");
		HttpResponse<String> renewed = coordinator.post("/staff/governance/bodies/" + sud.id() + "/renew",
				Map.of("year", "2025"));
		assertThat(renewed.statusCode()).isEqualTo(302);
		assertThat(renewed.headers().firstValue("Location").orElseThrow()).contains("year=2026");
		List<Membership> next = this.bodies.memberships(sud.id(), 2026);
		assertThat(next).filteredOn((m) -> m.renewedFrom() != null)
			.extracting(Membership::personName)
			.containsExactlyInAnyOrderElementsOf(active);
		assertThat(next).filteredOn((m) -> m.renewedFrom() != null)
			.allSatisfy((m) -> assertThat(m.status()).isEqualTo(MembershipStatus.INVITED))
			.allSatisfy((m) -> assertThat(m.startsOn()).isEqualTo(LocalDate.of(2026, 1, 1)));
		// The declined member of 2025 is not invited again.
		assertThat(next).extracting(Membership::personName)
			.doesNotContainAnyElementsOf(before.stream()
				.filter((m) -> m.status() == MembershipStatus.DECLINED)
				.map(Membership::personName)
				.toList());
		assertThat(this.bodies.memberships(sud.id(), 2025)).isEqualTo(before);
		// The 2026 composition: the categories without a member in 2025 were not
		// invited; the others were, and no one has accepted yet.
		String composition = html(coordinator.get("/staff/governance/bodies/" + sud.id() + "?year=2026"));
		assertThat(composition)
			.contains("Composition 2026", "11 des 11 catégories à inviter au minimum n'ont pas de membre cette année")
			.containsPattern("<th scope=\"row\">Plannings familiaux</th>\\s*<td>non</td>")
			.containsPattern("<th scope=\"row\">Services sociaux</th>\\s*<td>oui</td>\\s*<td>non</td>");
		// A second renewal invites nobody twice.
		coordinator.get("/staff/governance/bodies/" + sud.id() + "?year=2025");
		coordinator.post("/staff/governance/bodies/" + sud.id() + "/renew", Map.of("year", "2025"));
		assertThat(this.bodies.memberships(sud.id(), 2026)).hasSize(next.size());
	}

	@Test
	void bassinStaffManageTheirBassinsBodiesOnly() {
		Body nord = this.bodies.body("CAB-NORD").orElseThrow();
		Body sud = this.bodies.body("CAB-SUD").orElseThrow();
		WebSession staff = signedIn("sud", "fr");
		assertThat(staff.get("/staff/governance/bodies/" + sud.id() + "/members/new").statusCode()).isEqualTo(200);
		assertThat(staff.get("/staff/governance/bodies/" + nord.id() + "/members/new").statusCode()).isEqualTo(403);
		staff.get("/staff/governance/bodies/" + sud.id());
		assertThat(staff.post("/staff/governance/bodies/" + nord.id() + "/renew", Map.of("year", "2025")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void aMembershipYearBeforeLastYearIsRefusedNextToTheFieldKeepingWhatWasTyped() {
		Body group = workingGroup("GT Années");
		int lastYear = LocalDate.now(this.clock).getYear() - 1;
		for (String language : List.of("fr", "nl", "en")) {
			WebSession admin = signedIn("admin", language);
			admin.get("/staff/governance/bodies/" + group.id() + "/members/new");
			HttpResponse<String> answer = admin.post("/staff/governance/bodies/" + group.id() + "/members/new",
					Map.of("year", String.valueOf(lastYear - 1), "personName", "Marie Vandenberghe", "organisation",
							"Observatoire de la Santé et du Social", "role", "MEMBER", "type", "PROFESSIONAL", "status",
							"INVITED", "email", "marie@example.be"));
			assertThat(answer.statusCode()).isEqualTo(200);
			String expected = switch (language) {
				case "fr" -> "L'année ne peut pas être antérieure à " + lastYear + ".";
				case "nl" -> "Het jaar mag niet vóór " + lastYear + " liggen.";
				default -> "The year cannot be before " + lastYear + ".";
			};
			assertThat(html(answer)).contains(expected)
				.contains("id=\"year-error\"")
				.contains("value=\"Marie Vandenberghe\"")
				.contains("value=\"marie@example.be\"")
				.contains("value=\"Observatoire de la Santé et du Social\"");
		}
		assertThat(this.bodies.years(group.id())).isEmpty();
	}

	@Test
	void aMeetingEndingBeforeItStartsIsRefusedNextToTheEndTime() {
		Body group = workingGroup("GT Horaires");
		WebSession admin = signedIn("admin", "fr");
		admin.get("/staff/governance/bodies/" + group.id() + "/meetings/new");
		HttpResponse<String> answer = admin.post("/staff/governance/bodies/" + group.id() + "/meetings/new",
				Map.of("titleFr", "Réunion de rentrée", "titleNl", "", "date", "2026-09-15", "startTime", "14:00",
						"endTime", "13:30", "place", "Salle 2", "capacity", "60"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(html(answer)).contains("L'heure de fin doit suivre l'heure de début.")
			.contains("id=\"endTime-error\"")
			.contains("value=\"Réunion de rentrée\"")
			.contains("value=\"Salle 2\"")
			.contains("value=\"13:30\"");
		assertThat(this.meetings.meetings(group.id(), 2026)).isEmpty();
	}

	@Test
	void aMemberWhoJoinedInJuneIsNotCountedAbsentInMarch() {
		Body group = workingGroup("GT Présences");
		WebSession admin = signedIn("admin", "fr");
		int year = LocalDate.now(this.clock).getYear();
		addMember(admin, group, year, "Alice Janssens", year + "-01-01");
		addMember(admin, group, year, "Bruno Lemaire", year + "-06-01");
		UUID march = plan(admin, group, year + "-03-10");
		UUID september = plan(admin, group, year + "-09-08");
		AttendanceSheet inMarch = this.meetings.sheet(march);
		assertThat(inMarch.lines()).extracting((line) -> line.membership().personName())
			.containsExactly("Alice Janssens");
		assertThat(this.meetings.sheet(september).lines()).hasSize(2);
		String page = html(admin.get("/staff/governance/meetings/" + march));
		assertThat(page).contains("Alice Janssens").doesNotContain("Bruno Lemaire");
		UUID alice = inMarch.lines().get(0).membership().id();
		admin.post("/staff/governance/meetings/" + march + "/attendance",
				Map.of("member-" + alice, "PRESENT", "walkIns", "0"));
		AttendanceSheet recorded = this.meetings.sheet(march);
		assertThat(recorded.expected()).isEqualTo(1);
		assertThat(recorded.rate()).isEqualTo(100);
		// Marking the June member at the March meeting is refused, nothing recorded.
		UUID bruno = this.meetings.sheet(september).lines().get(1).membership().id();
		admin.get("/staff/governance/meetings/" + march);
		assertThat(admin
			.post("/staff/governance/meetings/" + march + "/attendance",
					Map.of("member-" + bruno, "ABSENT", "walkIns", "0"))
			.statusCode()).isEqualTo(400);
		assertThat(this.meetings.sheet(march).lines()).hasSize(1);
	}

	@Test
	void aMeetingCancelledWithAReasonCountsAsPlannedNotHeld() {
		Body group = workingGroup("GT Annulations");
		WebSession admin = signedIn("admin", "fr");
		UUID held = plan(admin, group, "2026-04-14");
		UUID cancelled = plan(admin, group, "2026-10-13");
		admin.get("/staff/governance/meetings/" + cancelled);
		HttpResponse<String> noReason = admin.post("/staff/governance/meetings/" + cancelled + "/status",
				Map.of("status", "CANCELLED", "reason", "  "));
		assertThat(noReason.statusCode()).isEqualTo(302);
		assertThat(html(admin.get("/staff/governance/meetings/" + cancelled)))
			.contains("Donnez le motif de l'annulation.");
		admin.post("/staff/governance/meetings/" + cancelled + "/status",
				Map.of("status", "CANCELLED", "reason", "Grève des transports"));
		admin.get("/staff/governance/meetings/" + held);
		admin.post("/staff/governance/meetings/" + held + "/status", Map.of("status", "HELD"));
		YearFigures figures = this.meetings.figures(group.id(), 2026);
		assertThat(figures.planned()).isEqualTo(2);
		assertThat(figures.held()).isEqualTo(1);
		assertThat(figures.plannedNotHeld()).isEqualTo(1);
		String page = html(admin.get("/staff/governance/bodies/" + group.id() + "?year=2026"));
		assertThat(page).containsPattern("Prévues, non tenues</dt><dd>1</dd>");
		assertThat(html(admin.get("/staff/governance/meetings/" + cancelled))).contains("Grève des transports");
	}

	@Test
	void aConsultationHeldWithTwelveRegisteredAndFiveWalkInsCountsSeventeen() {
		Body consultation = this.bodies.body("CT-SUD-PREVENTION").orElseThrow();
		WebSession staff = signedIn("sud", "fr");
		String day = LocalDate.now(this.clock).plusDays(20).toString();
		UUID meeting = plan(staff, consultation, day);
		UUID event = this.meetings.meeting(meeting).orElseThrow().eventId();
		assertThat(event).as("an agenda event to register for").isNotNull();
		UUID session = this.events.event(event).orElseThrow().sessions().get(0).id();
		for (int i = 1; i <= 12; i++) {
			UUID registration = this.events
				.register(event,
						new RegisterForEvent("Participant " + i, "ct" + i + "-" + meeting + "@example.be", "Asbl", "fr",
								List.of(), null, true))
				.registration()
				.id();
			this.events.recordAttendance(event, session, registration, true, "test");
		}
		staff.get("/staff/governance/meetings/" + meeting);
		staff.post("/staff/governance/meetings/" + meeting + "/attendance", Map.of("walkIns", "5"));
		staff.post("/staff/governance/meetings/" + meeting + "/status", Map.of("status", "HELD"));
		AttendanceSheet sheet = this.meetings.sheet(meeting);
		assertThat(sheet.registered()).isEqualTo(12);
		assertThat(sheet.participants()).isEqualTo(17);
		String page = html(staff.get("/staff/governance/meetings/" + meeting));
		assertThat(page).containsPattern("Inscrit·es</dt><dd><span>12</span>")
			.containsPattern("Participant·es</dt><dd><span>17</span>");
	}

	@Test
	void walkInsThatAreNotANumberAreRefusedNextToTheField() {
		Body group = workingGroup("GT Comptages");
		WebSession admin = signedIn("admin", "nl");
		UUID meeting = plan(admin, group, "2026-05-12");
		admin.get("/staff/governance/meetings/" + meeting);
		HttpResponse<String> answer = admin.post("/staff/governance/meetings/" + meeting + "/attendance",
				Map.of("walkIns", "vijf", "headcount", "30"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(html(answer)).contains("Typ een geheel getal, 0 of meer.")
			.contains("Zeg of het aantal exact, ongeveer of een minimum is.")
			.contains("value=\"vijf\"")
			.contains("value=\"30\"");
	}

	/** The page as a person reads it: character references decoded. */
	static String html(HttpResponse<String> response) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(response.body());
	}

	private Body workingGroup(String name) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.bodies.createWorkingGroup("GT-TEST-" + UUID.randomUUID(),
				brussels.maillage.system.LocalizedText.of(unique, unique + " (nl)", null), "test");
		return this.bodies.body(id).orElseThrow();
	}

	private void addMember(WebSession session, Body body, int year, String name, String startsOn) {
		session.get("/staff/governance/bodies/" + body.id() + "/members/new");
		HttpResponse<String> answer = session.post("/staff/governance/bodies/" + body.id() + "/members/new",
				Map.of("year", String.valueOf(year), "personName", name, "organisation", "Service de santé mentale",
						"role", "MEMBER", "type", "PROFESSIONAL", "status", "ACTIVE", "startsOn", startsOn));
		assertThat(answer.statusCode()).as("%s", answer.body()).isEqualTo(302);
	}

	private UUID plan(WebSession session, Body body, String day) {
		session.get("/staff/governance/bodies/" + body.id() + "/meetings/new");
		HttpResponse<String> answer = session.post("/staff/governance/bodies/" + body.id() + "/meetings/new",
				Map.of("titleFr", "Réunion du " + day, "titleNl", "Vergadering van " + day, "date", day, "startTime",
						LocalTime.of(9, 30).toString(), "endTime", "12:00", "place", "", "capacity", "40"));
		assertThat(answer.statusCode()).as("%s", answer.body()).isEqualTo(302);
		Matcher matcher = MEETING.matcher(answer.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return UUID.fromString(matcher.group(1));
	}

}

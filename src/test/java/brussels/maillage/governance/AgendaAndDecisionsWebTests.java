package brussels.maillage.governance;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.governance.agenda.AgendaItem;
import brussels.maillage.governance.agenda.AgendaService;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.MembershipRole;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.decisions.Decision;
import brussels.maillage.governance.decisions.DecisionMethod;
import brussels.maillage.governance.decisions.DecisionsService;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.proposals.ProposalStatus;
import brussels.maillage.governance.proposals.ProposalsService;
import brussels.maillage.governance.syntheses.Section;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutboxFixtures;
import brussels.maillage.system.OutgoingMail;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.governance.GovernanceWebTests.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council meeting's agenda and convocation (mail with an iCalendar file, read back from
 * the outbox), and its decisions register with the proposal's public trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgendaAndDecisionsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	AgendaService agenda;

	@Autowired
	DecisionsService decisions;

	@Autowired
	ProposalsService proposals;

	@Autowired
	SynthesesService syntheses;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** Leaves no unsent convocation behind: other tests send what the outbox holds. */
	@AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "governance-meeting");
	}

	@Test
	void staffSetTheAgendaAndConveneTheMembersSeatedOnTheDayWithACalendarFile() throws Exception {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Convocations");
		LocalDate march = LocalDate.of(2027, 3, 9);
		GovernanceFixtures.member(this.bodies, council, "Alice Janssens", "alice@example.be", "GP",
				MembershipRole.CHAIR, MembershipStatus.ACTIVE, LocalDate.of(2027, 1, 1));
		GovernanceFixtures.member(this.bodies, council, "Bruno Lemaire", "bruno@example.be", "NURSING",
				MembershipRole.MEMBER, MembershipStatus.ACTIVE, LocalDate.of(2027, 6, 1));
		GovernanceFixtures.member(this.bodies, council, "Chloé Dubois", null, "HOME_HELP", MembershipRole.MEMBER,
				MembershipStatus.ACCEPTED, LocalDate.of(2027, 1, 1));
		GovernanceFixtures.member(this.bodies, council, "Dirk Peeters", "dirk@example.be", "MENTAL_HEALTH",
				MembershipRole.MEMBER, MembershipStatus.DECLINED, LocalDate.of(2027, 1, 1));
		WebSession staff = new WebSession(this.port).language("fr");
		staff.login("sud@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		staff.get("/staff/governance/bodies/" + council.id() + "/meetings/new");
		HttpResponse<String> planned = staff.post("/staff/governance/bodies/" + council.id() + "/meetings/new",
				Map.of("titleFr", "Conseil de mars", "titleNl", "Raad van maart", "date", march.toString(), "startTime",
						"9:30", "endTime", "12:00", "place", "Maison de quartier, Forest", "capacity", "40"));
		String location = planned.headers().firstValue("Location").orElseThrow();
		UUID meeting = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		String page = "/staff/governance/meetings/" + meeting + "/agenda";

		staff.get(page);
		// A title missing and a duration of 0 are refused next to their fields, the Dutch
		// title kept.
		HttpResponse<String> refused = staff.post(page,
				Map.of("titleFr", " ", "titleNl", "Verwelkoming", "minutes", "0", "proposal", ""));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(html(refused)).contains("id=\"titleFr-error\"", "Ce champ est obligatoire.")
			.contains("id=\"minutes-error\"", "La valeur doit être au moins 1.")
			.contains("value=\"Verwelkoming\"");
		assertThat(this.agenda.items(meeting)).isEmpty();
		staff.post(page, Map.of("titleFr", "Accueil", "titleNl", "Verwelkoming", "minutes", "10"));
		staff.post(page,
				Map.of("titleFr", "Bilan des concertations", "titleNl", "Overzicht van het overleg", "minutes", "45"));
		staff.post(page, Map.of("titleFr", "Divers", "minutes", ""));
		UUID first = this.agenda.items(meeting).get(0).id();
		staff.get(page);
		staff.post(page + "/" + first + "/delete", Map.of());
		assertThat(this.agenda.items(meeting)).extracting(AgendaItem::position, (i) -> i.title("fr"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Bilan des concertations"),
					org.assertj.core.groups.Tuple.tuple(2, "Divers"));
		assertThat(html(staff.get(page))).contains("Ordre du jour (45 minutes prévues)");

		HttpResponse<String> convened = staff.post(page + "/convene", Map.of());
		assertThat(convened.statusCode()).isEqualTo(302);
		// Only Alice: Bruno joins in June, Chloé has no address, Dirk declined.
		assertThat(html(staff.get(page))).contains("1 membre a été convoqué.")
			.contains("Pas d'adresse e-mail : à convoquer autrement");
		assertThat(this.meetings.meeting(meeting).orElseThrow().status()).isEqualTo(MeetingStatus.CONVENED);
		List<MailOutbox.MailStatus> sent = this.outbox.about("governance-meeting", meeting);
		assertThat(sent).extracting(MailOutbox.MailStatus::recipient).containsExactly("alice@example.be");
		MailOutbox.MailMessage mail = this.outbox.message(sent.get(0).id()).orElseThrow();
		assertThat(mail.subject()).isEqualTo("Convocation : Conseil de mars / Uitnodiging: Raad van maart");
		assertThat(mail.text()).contains("Bonjour Alice Janssens,", "mardi 9 mars 2027 de 09:30 à 12:00",
				"1. Bilan des concertations (45 min)", "2. Divers", "Beste Alice Janssens,",
				"dinsdag 9 maart 2027 van 09:30 tot 12:00", "1. Overzicht van het overleg (45 min)");
		OutgoingMail.Attachment ics = mail.attachments().get(0);
		assertThat(ics.contentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.content()));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		ZonedDateTime start = march.atTime(9, 30).atZone(java.time.ZoneId.of("Europe/Brussels"));
		assertThat(java.time.Instant.from(events.get(0).getDateTimeStart().getDate())).isEqualTo(start.toInstant());
		assertThat(java.time.Instant.from(events.get(0).getDateTimeEnd().getDate()))
			.isEqualTo(start.plusMinutes(150).toInstant());
		assertThat(events.get(0).getLocation().getValue()).isEqualTo("Maison de quartier, Forest");
		assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo(meeting + "@maillage.governance");

		// Sending again convenes nobody twice.
		staff.get(page);
		staff.post(page + "/convene", Map.of());
		assertThat(this.outbox.about("governance-meeting", meeting)).hasSize(1);
		assertThat(html(staff.get(page))).contains("Aucune nouvelle convocation");
	}

	@Test
	void aDecisionIsRecordedInTheCouncilsPublicRegisterAndOnTheProposalsTrace() {
		Body consultation = GovernanceFixtures.consultation(this.bodies, "Concertation Décisions");
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Décisions");
		UUID origin = GovernanceFixtures.heldMeeting(this.meetings, this.clock, consultation, LocalDate.of(2026, 3, 17),
				21);
		UUID synthesis = this.syntheses.start(origin, "test");
		this.syntheses.addItem(synthesis, Section.PROPOSAL, "Cartographier les permanences sociales du bassin.",
				"De sociale permanenties van de zorgzone in kaart brengen.");
		UUID item = this.syntheses.synthesis(synthesis).orElseThrow().items().get(0).id();
		UUID proposal = this.proposals.submit(item, council.id(), "Cartographier les permanences sociales.",
				"De sociale permanenties in kaart brengen.", "test");
		UUID meeting = GovernanceFixtures.heldMeeting(this.meetings, this.clock, council, LocalDate.of(2026, 6, 16),
				null);
		UUID point = this.agenda.add(meeting, "Propositions des concertations", "Voorstellen van het overleg", 30,
				proposal, "test");

		// The agenda item puts the proposal on the meeting's agenda.
		assertThat(this.proposals.proposal(proposal).orElseThrow().councilMeetingId()).isEqualTo(meeting);
		WebSession staff = new WebSession(this.port).language("fr");
		staff.login("sud@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		String page = "/staff/governance/meetings/" + meeting + "/decisions";
		staff.get(page);
		// Without a text the decision is refused next to the field, the choices kept.
		HttpResponse<String> refused = staff.post(page,
				List.of(Map.entry("agendaItem", point.toString()), Map.entry("textFr", ""), Map.entry("textNl", ""),
						Map.entry("method", "CONSENSUS"), Map.entry("proposals", proposal.toString())));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(html(refused)).contains("id=\"textFr-error\"")
			.contains("Écrivez le texte de la décision, en français, en néerlandais ou dans les deux langues.")
			.containsPattern("value=\"" + point + "\" selected")
			.containsPattern("value=\"CONSENSUS\" checked");
		assertThat(this.decisions.ofMeeting(meeting)).isEmpty();
		HttpResponse<String> recorded = staff.post(page,
				List.of(Map.entry("agendaItem", point.toString()),
						Map.entry("textFr", "Le conseil charge l'équipe du bassin de la cartographie en 2026."),
						Map.entry("textNl", "De raad belast het team van de zorgzone met de kaart in 2026."),
						Map.entry("method", "CONSENSUS"), Map.entry("proposals", proposal.toString())));
		assertThat(recorded.statusCode()).isEqualTo(302);
		// Without a method chosen the register says none was recorded; nothing is
		// imposed.
		staff.get(page);
		staff.post(page,
				List.of(Map.entry("textFr", "Prochaine réunion en octobre."), Map.entry("method", "NONE_RECORDED")));
		List<Decision> taken = this.decisions.ofMeeting(meeting);
		assertThat(taken).extracting(Decision::position, Decision::method)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, DecisionMethod.CONSENSUS),
					org.assertj.core.groups.Tuple.tuple(2, DecisionMethod.NONE_RECORDED));
		assertThat(taken.get(0).proposalIds()).containsExactly(proposal);
		// Linking it to an agenda item and to a decision changes no status by itself.
		assertThat(this.proposals.proposal(proposal).orElseThrow().status()).isEqualTo(ProposalStatus.SUBMITTED);

		String register = html(
				new WebSession(this.port).language("fr").get("/gouvernance/conseils/" + council.code() + "/decisions"));
		assertThat(register).contains("Registre des décisions – " + council.name().fr())
			.contains("16/06/2026", "1. Propositions des concertations")
			.contains("Le conseil charge l'équipe du bassin de la cartographie en 2026.", "Par consensus")
			.contains("Prochaine réunion en octobre.", "Mode non consigné")
			.contains("/gouvernance/propositions/" + proposal);
		String dutch = html(
				new WebSession(this.port).language("nl").get("/gouvernance/conseils/" + council.code() + "/decisions"));
		assertThat(dutch).contains("Beslissingsregister", "De raad belast het team van de zorgzone met de kaart",
				"Bij consensus", "Wijze niet vastgelegd");
		String trace = html(new WebSession(this.port).language("fr").get("/gouvernance/propositions/" + proposal));
		assertThat(trace)
			.contains("Décision du conseil", "16/06/2026</a> – <span>Par consensus</span>",
					"Le conseil charge l'équipe du bassin de la cartographie en 2026.")
			// Put on the meeting's agenda through the agenda item.
			.contains("Réunion du 2026-06-16, 16/06/2026");
	}

	@Test
	void aDecisionWaitsForTheMeetingToBeHeld() {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Attente");
		UUID meeting = this.meetings.recordPast(council,
				new brussels.maillage.governance.meetings.PlanMeeting(
						brussels.maillage.system.LocalizedText.of("Conseil à venir", null, null),
						LocalDate.of(2027, 2, 2).atTime(14, 0).atZone(this.clock.getZone()).toInstant(),
						LocalDate.of(2027, 2, 2).atTime(16, 0).atZone(this.clock.getZone()).toInstant(), null, 1),
				MeetingStatus.PLANNED, "test");
		WebSession staff = new WebSession(this.port).language("nl");
		staff.login("sud@demo.maillage.brussels", GovernanceWebTests.PASSWORD);
		String page = html(staff.get("/staff/governance/meetings/" + meeting + "/decisions"));
		assertThat(page).contains("Beslissingen worden geregistreerd zodra de vergadering gehouden is")
			.doesNotContain("name=\"textFr\"");
	}

}

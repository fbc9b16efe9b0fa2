package brussels.maillage.palliative.volunteers;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.WebSession;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventsService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training cycles as trainings of the events module with the completion rule (8 of 10
 * days by default), working-group meetings as events with a headcount, the volunteers'
 * figures in the API, and the retention read as a person says it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerActivityTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	VolunteerActivities activities;

	@Autowired
	EventsService events;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCycleOfTenDaysTrainsAfterEightAndIsATrainingOfTheAgenda() {
		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", PASSWORD);
		team.get("/staff/palliative/volunteers");
		HttpResponse<String> bad = team.post("/staff/palliative/volunteers/cycles",
				Map.of("name", "Cycle 2014", "firstDay", "2014-02-30", "sessions", "0", "everyDays", "7"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"firstDay-error\"")
			.contains("id=\"sessions-error\"")
			.contains("Entrez un nombre entier de 1 à 60.")
			.contains("value=\"Cycle 2014\"");
		assertThat(team
			.post("/staff/palliative/volunteers/cycles",
					Map.of("name", "Cycle 2014", "firstDay", "2014-03-04", "sessions", "10", "everyDays", "7"))
			.statusCode()).isEqualTo(302);
		Cycle cycle = this.activities.cycle("Cycle 2014", 2014).orElseThrow();
		assertThat(cycle.required()).isEqualTo(8);
		assertThat(cycle.lastDay()).isEqualTo(LocalDate.of(2014, 5, 6));
		Event training = this.events.event(cycle.eventId()).orElseThrow();
		assertThat(training.sessions()).hasSize(10);
		assertThat(training.activity().completionSessions()).isEqualTo(8);
		assertThat(training.activity().unlisted()).isTrue();

		team.get("/staff/palliative/volunteers/new");
		HttpResponse<String> added = team.post("/staff/palliative/volunteers", Map.of("fullName", "Eva Test", "email",
				"eva@example.org", "phone", "", "language", "FR", "source", "WEBSITE", "appliedOn", "2014-01-10"));
		String page = added.headers().firstValue("Location").orElseThrow();
		page = page.substring(page.indexOf("/staff"));
		team.get(page);
		long interviewer = this.jdbc.sql("select id from app_user where email = 'palliatif@demo.maillage.brussels'")
			.query(Long.class)
			.single();
		assertThat(team
			.post(page + "/interview",
					Map.of("heldOn", "2014-01-20", "interviewer", String.valueOf(interviewer), "outcome", "ADMITTED"))
			.statusCode()).isEqualTo(302);
		team.get(page);
		HttpResponse<String> seven = team.post(page + "/training", Map.of("cycleName", "Cycle 2014", "cycleYear",
				"2014", "trainingStatus", "TRAINED", "daysAttended", "7"));
		assertThat(seven.statusCode()).isEqualTo(200);
		assertThat(seven.body()).contains("id=\"daysAttended-error\"").contains("value=\"7\"");
		assertThat(team
			.post(page + "/training", Map.of("cycleName", "Cycle 2014", "cycleYear", "2014", "trainingStatus",
					"TRAINED", "daysAttended", "8"))
			.statusCode()).isEqualTo(302);
		assertThat(team.get("/staff/palliative/volunteers?year=2014").body()).contains("id=\"figure-trained\">1<")
			.contains("id=\"figure-cycles\">1<");
	}

	@Test
	void workingGroupMeetingsAreEventsAndTheApiGivesTheVolunteersFigures() {
		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", PASSWORD);
		team.get("/staff/palliative/volunteers");
		HttpResponse<String> negative = team.post("/staff/palliative/volunteers/groups", Map.of("group", "VOLUNTEERS",
				"meetingOn", "2008-06-09", "meetingStatus", "HELD", "participants", "-2"));
		assertThat(negative.statusCode()).isEqualTo(200);
		assertThat(negative.body()).contains("id=\"participants-error\"").contains("value=\"-2\"");
		assertThat(team
			.post("/staff/palliative/volunteers/groups",
					Map.of("group", "VOLUNTEERS", "meetingOn", "2008-06-09", "meetingStatus", "HELD", "participants",
							"3"))
			.statusCode()).isEqualTo(302);
		assertThat(team
			.post("/staff/palliative/volunteers/groups", Map.of("group", "MANAGERS", "meetingOn", "2008-10-13",
					"meetingStatus", "CANCELLED", "participants", ""))
			.statusCode()).isEqualTo(302);
		GroupMeeting held = this.activities.meetings(2008).get(0);
		assertThat(this.events.event(held.eventId()).orElseThrow().activity().headcount()).isEqualTo(3);

		String teamToken = token(team, "palliatif-volunteers");
		String exact = team.json("GET", "/api/palliative/figures?year=2008", teamToken, null).body();
		assertThat(exact).contains("\"volunteerWorkingGroupParticipants\":3")
			.contains("\"managerWorkingGroupMeetingsCancelled\":1");
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordination@demo.maillage.brussels", PASSWORD);
		String token = token(coordinator, "coordination-volunteers");
		String shown = coordinator.json("GET", "/api/palliative/figures?year=2008", token, null).body();
		assertThat(shown).contains("\"volunteerWorkingGroupParticipants\":\"<5\"")
			.contains("\"volunteerWorkingGroupMeetingsHeld\":1");
	}

	static String token(WebSession session, String name) {
		session.get("/account");
		session.post("/account/tokens", Map.of("name", name, "days", "1"));
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("(mlg_[A-Za-z0-9_-]+)")
			.matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	@Test
	void theRetentionReadsAsAPersonSaysIt() {
		assertThat(HumanPeriod.of(Period.parse("P30D"), this.messages, Locale.FRENCH)).isEqualTo("30 jours");
		assertThat(HumanPeriod.of(Period.parse("P30D"), this.messages, Locale.forLanguageTag("nl")))
			.isEqualTo("30 dagen");
		assertThat(HumanPeriod.of(Period.parse("P6M"), this.messages, Locale.FRENCH)).isEqualTo("6 mois");
		assertThat(HumanPeriod.of(Period.parse("P1Y2M"), this.messages, Locale.ENGLISH))
			.isEqualTo("1 year and 2 months");
		assertThat(HumanPeriod.of(Period.parse("P1M"), this.messages, Locale.forLanguageTag("nl")))
			.isEqualTo("1 maand");
	}

}

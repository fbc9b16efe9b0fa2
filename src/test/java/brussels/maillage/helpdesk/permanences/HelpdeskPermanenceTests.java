package brussels.maillage.helpdesk.permanences;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Permanences and the lines over real HTTP: coordinators assign, staff swap, uncovered
 * half-days are flagged, the calendar feed needs its secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskPermanenceTests {

	@LocalServerPort
	int port;

	@Autowired
	PermanenceRepository permanences;

	@Autowired
	Accounts accounts;

	WebSession staff(String who) {
		WebSession session = new WebSession(this.port);
		session.login(who + "@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		return session;
	}

	/** A working day three weeks ahead, outside the demo roster. */
	static LocalDate aheadMonday() {
		return LocalDate.now(HelpdeskService.TIME_ZONE).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

	@Test
	void aCoordinatorAssignsAndTheRosterShowsWhoIsOnDutyAndWhatIsUncovered() {
		LocalDate monday = aheadMonday();
		WebSession coordinator = staff("coordination");
		coordinator.get("/staff/helpdesk/permanences");
		HttpResponse<String> assigned = coordinator.post("/staff/helpdesk/permanences/assign", Map.of("line", "SUD_EST",
				"day", monday.toString(), "half", "AM", "email", "sud@demo.maillage.brussels"));
		assertThat(assigned.statusCode()).isEqualTo(302);
		assertThat(assigned.headers().firstValue("Location").orElse("")).contains("from=" + monday);
		String roster = coordinator.get("/staff/helpdesk/permanences?from=" + monday).body();
		assertThat(roster).contains("Sacha Sud").contains("Non couverte").doesNotContain("??");
		CurrentUser sud = this.accounts.findByEmail("sud@demo.maillage.brussels").orElseThrow();
		assertThat(this.permanences.of(sud.id(), monday)).anyMatch((shift) -> shift.lineCode().equals("SUD_EST")
				&& shift.day().equals(monday) && shift.half().equals("AM"));
		assertThat(this.permanences.uncovered(monday, monday))
			.noneMatch((gap) -> gap.lineCode().equals("SUD_EST") && gap.half().equals("AM"))
			.anyMatch((gap) -> gap.lineCode().equals("SUD_EST") && gap.half().equals("PM"));
		assertThat(this.permanences.uncovered(monday.plusDays(5), monday.plusDays(6))).as("weekend").isEmpty();

		HttpResponse<String> unknown = coordinator.post("/staff/helpdesk/permanences/assign",
				Map.of("line", "SUD_EST", "day", monday.toString(), "half", "PM", "email", "nobody@example.be"));
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(coordinator.get("/staff/helpdesk/permanences").body()).contains("id=\"assign-email-error\"")
			.contains("value=\"nobody@example.be\"");
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/permanences");
		assertThat(nord
			.post("/staff/helpdesk/permanences/assign",
					Map.of("line", "NORD", "day", monday.toString(), "half", "AM", "email",
							"nord@demo.maillage.brussels"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void anAssignmentIsRefusedWithAMessageNextToEachFieldThatIsWrong() {
		WebSession coordinator = staff("coordination");
		coordinator.get("/staff/helpdesk/permanences");
		HttpResponse<String> refused = coordinator.post("/staff/helpdesk/permanences/assign",
				Map.of("line", "NOPE", "day", "2026-02-30", "half", "EVENING", "email", "sud@demo.maillage.brussels"));
		assertThat(refused.statusCode()).isEqualTo(302);
		String page = coordinator.get("/staff/helpdesk/permanences").body();
		assertThat(error(page, "assign-line-error")).contains("Choisissez une ligne de la liste.");
		assertThat(error(page, "assign-day-error")).contains("Indiquez une date valide.");
		assertThat(error(page, "assign-half-error")).contains("Choisissez une valeur de la liste.");
		assertThat(page).doesNotContain("id=\"assign-email-error\"")
			.contains("class=\"error-summary\"")
			.contains("href=\"#assign-day\"")
			.contains("value=\"2026-02-30\"");
	}

	private static String error(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		return page.substring(start, page.indexOf("</p>", start));
	}

	@Test
	void staffSwapAShiftWhenTheColleagueAccepts() {
		LocalDate tuesday = aheadMonday().plusDays(1);
		CurrentUser sud = this.accounts.findByEmail("sud@demo.maillage.brussels").orElseThrow();
		this.permanences.assign("CENTRE_OUEST", tuesday, "PM", sud);
		long shiftId = this.permanences.between(tuesday, tuesday)
			.stream()
			.filter((shift) -> shift.lineCode().equals("CENTRE_OUEST"))
			.findFirst()
			.orElseThrow()
			.id();
		WebSession sudSession = staff("sud");
		sudSession.get("/staff/helpdesk/permanences");
		assertThat(sudSession
			.post("/staff/helpdesk/permanences/" + shiftId + "/swap", Map.of("email", "nord@demo.maillage.brussels"))
			.statusCode()).isEqualTo(302);
		WebSession nord = staff("nord");
		String page = nord.get("/staff/helpdesk/permanences").body();
		Matcher accept = Pattern.compile("action=\"/staff/helpdesk/permanences/swaps/(\\d+)\"").matcher(page);
		assertThat(accept.find()).isTrue();
		assertThat(nord.post("/staff/helpdesk/permanences/swaps/" + accept.group(1), Map.of("accept", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(this.permanences.shift(shiftId).orElseThrow().userEmail()).isEqualTo("nord@demo.maillage.brussels");
		assertThat(staff("sud").post("/staff/helpdesk/permanences/swaps/" + accept.group(1), Map.of("accept", "true"))
			.statusCode()).as("answered already").isIn(403, 404);
	}

	@Test
	void eachPersonsShiftsAreAnICalendarFeedBehindASecretLink() {
		LocalDate wednesday = aheadMonday().plusDays(2);
		CurrentUser nordUser = this.accounts.findByEmail("nord@demo.maillage.brussels").orElseThrow();
		this.permanences.assign("NORD_EST", wednesday, "AM", nordUser);
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/permanences");
		nord.post("/staff/helpdesk/permanences/calendar", Map.of());
		Matcher link = Pattern.compile("(/helpdesk/calendar/[A-Za-z0-9_-]+\\.ics)")
			.matcher(nord.get("/staff/helpdesk/permanences").body());
		assertThat(link.find()).isTrue();
		WebSession anyone = new WebSession(this.port);
		HttpResponse<String> feed = anyone.get(link.group(1));
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		assertThat(feed.body()).contains("BEGIN:VCALENDAR")
			.contains("BEGIN:VEVENT")
			.contains("Permanence helpdesk NORD_EST")
			.contains(wednesday.toString().replace("-", ""));
		assertThat(anyone.get("/helpdesk/calendar/not-the-secret.ics").statusCode()).isEqualTo(404);
	}

	@Test
	void theLinesPageShowsHoursClosedDaysAndStates() {
		String page = staff("nord").get("/staff/helpdesk/lines").body();
		assertThat(page).contains("Ligne régionale")
			.contains("en extinction")
			.contains("09:00–17:00")
			.doesNotContain("??");
	}

}

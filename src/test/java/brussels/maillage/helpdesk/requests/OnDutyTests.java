package brussels.maillage.helpdesk.requests;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

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
 * Who answers a line, as the request form (its line by default) and the helpdesk's first
 * page read it: the person a coordinator put on the line for that half-day (mornings
 * 9:00-13:00, afternoons 13:00-17:00), shown on the first page only while the line is
 * open: not before 9:00, not on one of its closed days (Belgian public holidays, set by
 * the migrations).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnDutyTests {

	// Monday 8 November 2027, a working day, and Monday 1 November 2027, All Saints' Day.
	private static final LocalDate WORKING_MONDAY = LocalDate.of(2027, 11, 8);

	private static final LocalDate ALL_SAINTS = LocalDate.of(2027, 11, 1);

	@LocalServerPort
	int port;

	@Autowired
	RequestLines lines;

	@Autowired
	Accounts accounts;

	@Test
	void thePersonPutOnALineForAMorningAnswersItThatMorningWhileItIsOpen() {
		assign(WORKING_MONDAY);
		long sud = this.accounts.findByEmail("sud@demo.maillage.brussels").map(CurrentUser::id).orElseThrow();

		assertThat(this.lines.lineOnDuty(sud, at(WORKING_MONDAY, 10, 0))).isEqualTo("SUD_EST");
		assertThat(this.lines.lineOnDuty(sud, at(WORKING_MONDAY, 12, 59))).isEqualTo("SUD_EST");
		assertThat(this.lines.lineOnDuty(sud, at(WORKING_MONDAY, 13, 0))).as("the afternoon").isNull();

		assertThat(this.lines.onDutyAt(at(WORKING_MONDAY, 9, 0)))
			.contains(new RequestLines.OnDuty("SUD_EST", "Sacha Sud"));
		assertThat(this.lines.onDutyAt(at(WORKING_MONDAY, 12, 30)))
			.contains(new RequestLines.OnDuty("SUD_EST", "Sacha Sud"));
		assertThat(this.lines.onDutyAt(at(WORKING_MONDAY, 8, 59))).as("before the line opens")
			.noneMatch((duty) -> duty.lineCode().equals("SUD_EST"));
	}

	@Test
	void nobodyAnswersALineOnADayItIsClosed() {
		assign(ALL_SAINTS);

		assertThat(this.lines.onDutyAt(at(ALL_SAINTS, 10, 0))).noneMatch((duty) -> duty.lineCode().equals("SUD_EST"));
	}

	private void assign(LocalDate day) {
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordination@demo.maillage.brussels", HelpdeskFixtures.PASSWORD);
		coordinator.get("/staff/helpdesk/permanences");
		HttpResponse<String> assigned = coordinator.post("/staff/helpdesk/permanences/assign",
				Map.of("line", "SUD_EST", "day", day.toString(), "half", "AM", "email", "sud@demo.maillage.brussels"));
		assertThat(assigned.headers().firstValue("Location").orElse("")).contains("from=" + day);
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(HelpdeskService.TIME_ZONE).toInstant();
	}

}

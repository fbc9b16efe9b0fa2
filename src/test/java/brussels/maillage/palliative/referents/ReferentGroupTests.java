package brussels.maillage.palliative.referents;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventsService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referent groups on real PostgreSQL through the team's pages: the 2024 groups of the
 * activity report, a meeting planned as an event of the events module with its
 * attendance, participants summed per round, a bassin split off without losing the
 * history, and refusals next to the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferentGroupTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	ReferentService referents;

	@Autowired
	EventsService events;

	WebSession team() {
		WebSession session = new WebSession(this.port);
		session.login("palliatif@demo.maillage.brussels", PASSWORD);
		return session;
	}

	ReferentGroup northAndNorthEast() {
		return this.referents.groups()
			.stream()
			.filter((group) -> group.bassinsOn(java.time.LocalDate.of(2024, 6, 1)).contains("NORD_EST"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theDemoYear2024HasAGroupInEveryBassinWithNordAndNordEstTogetherAndTheReportsParticipants() {
		// Annex 3, action 4: "GT référent·es palliatives en MR et MRS organisés dans les
		// 5
		// bassins (N et NE ensemble): mars/avril 22 participant·es octobre/novembre 34".
		java.time.LocalDate day = java.time.LocalDate.of(2024, 6, 1);
		List<List<String>> bassins = this.referents.groups()
			.stream()
			.map((group) -> group.bassinsOn(day))
			.filter((list) -> !list.isEmpty())
			.toList();
		assertThat(bassins).containsExactlyInAnyOrder(List.of("NORD", "NORD_EST"), List.of("SUD"), List.of("SUD_EST"),
				List.of("CENTRE_OUEST"));
		List<ReferentService.Round> rounds = this.referents.rounds(2024);
		assertThat(rounds.get(0).participants()).isEqualTo(22);
		assertThat(rounds.get(0).groups()).isEqualTo(4);
		assertThat(rounds.get(1).participants()).isEqualTo(34);
		assertThat(rounds.get(1).groups()).isEqualTo(4);
	}

	@Test
	void aMeetingIsAnEventOfTheAgendaAndItsParticipantsCountInTheRound() {
		WebSession team = team();
		long group = northAndNorthEast().id();
		int before = this.referents.rounds(2025).get(0).participants();
		String page = "/staff/palliative/referents/" + group;
		team.get(page);
		HttpResponse<String> tooEarly = team.post(page + "/meetings", Map.of("heldOn", "2013-05-14"));
		assertThat(tooEarly.statusCode()).isEqualTo(200);
		assertThat(tooEarly.body()).contains("id=\"heldOn-error\"")
			.contains("Le groupe n&#39;existe pas encore à cette date.")
			.contains("value=\"2013-05-14\"");

		HttpResponse<String> planned = team.post(page + "/meetings", Map.of("heldOn", "2025-03-11"));
		assertThat(planned.statusCode()).as(planned.body()).isEqualTo(302);
		Matcher id = Pattern.compile("/staff/palliative/referents/meetings/(\\d+)")
			.matcher(planned.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		String meeting = "/staff/palliative/referents/meetings/" + id.group(1);
		team.get(meeting);
		HttpResponse<String> negative = team.language("nl")
			.post(meeting, Map.of("meetingStatus", "HELD", "participants", "-3"));
		assertThat(negative.statusCode()).isEqualTo(200);
		assertThat(negative.body()).contains("id=\"participants-error\"")
			.contains("Vul een geheel getal van 0 tot 999 in.")
			.contains("value=\"-3\"");
		assertThat(
				team.language("fr").post(meeting, Map.of("meetingStatus", "HELD", "participants", "12")).statusCode())
			.isEqualTo(302);

		ReferentMeeting recorded = this.referents.meeting(Long.parseLong(id.group(1))).orElseThrow();
		Event event = this.events.event(recorded.eventId()).orElseThrow();
		assertThat(event.activity().unlisted()).isTrue();
		assertThat(event.activity().headcount()).isEqualTo(12);
		assertThat(event.organiserTeam()).isEqualTo("PALLIATIVE");
		assertThat(this.referents.rounds(2025).get(0).participants()).isEqualTo(before + 12);
		assertThat(team.get(meeting).body()).contains("id=\"meeting-participants\">12<");

		WebSession outsider = new WebSession(this.port);
		outsider.login("coordination@demo.maillage.brussels", PASSWORD);
		assertThat(outsider.get("/staff/palliative/referents").statusCode()).isEqualTo(403);
		assertThat(outsider.get(meeting).statusCode()).isEqualTo(403);
	}

	@Test
	void aBassinSplitOffKeepsTheHistoryOfBothGroups() {
		WebSession team = team();
		ReferentGroup group = northAndNorthEast();
		String page = "/staff/palliative/referents/" + group.id();
		team.get(page);
		HttpResponse<String> early = team.post(page + "/split",
				Map.of("bassin", "NORD_EST", "splitOn", "2023-06-01", "newName", "Nord-Est"));
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).contains("id=\"splitOn-error\"").contains("value=\"Nord-Est\"");

		// far ahead, so that the years other tests read keep the demo's groups
		HttpResponse<String> split = team.post(page + "/split",
				Map.of("bassin", "NORD_EST", "splitOn", "2090-01-01", "newName", "Nord-Est"));
		assertThat(split.statusCode()).as(split.body()).isEqualTo(302);
		ReferentGroup old = this.referents.group(group.id()).orElseThrow();
		assertThat(old.bassinsOn(java.time.LocalDate.of(2089, 12, 31))).containsExactly("NORD", "NORD_EST");
		assertThat(old.bassinsOn(java.time.LocalDate.of(2090, 1, 1))).containsExactly("NORD");
		assertThat(old.bassins()).hasSize(2);
		ReferentGroup created = this.referents.groups()
			.stream()
			.filter((g) -> g.bassinsOn(java.time.LocalDate.of(2090, 1, 1)).contains("NORD_EST"))
			.findFirst()
			.orElseThrow();
		assertThat(created.name()).isEqualTo("Nord-Est");
		assertThat(created.bassinsOn(java.time.LocalDate.of(2089, 12, 31))).isEmpty();
		assertThat(this.referents.meetings(group.id())).isNotEmpty();
		assertThat(this.referents.rounds(2024).get(1).participants()).isEqualTo(34);
		assertThat(team.get("/staff/palliative/referents").body())
			.contains("Nord-Est du 1 janvier 2024 au 31 décembre 2089");
	}

}

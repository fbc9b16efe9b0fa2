package brussels.maillage.governance.minutes;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.governance.GovernanceFixtures;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.MeetingsService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other participants of a meeting, who are not members, with the category they come from:
 * counted among the participants and by category in the minutes, never by name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingParticipantsWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	/** The page as a person reads it: character references decoded. */
	static String html(HttpResponse<String> response) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(response.body());
	}

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	MinutesService minutes;

	@Autowired
	Clock clock;

	@Test
	void anotherParticipantIsRecordedWithACategoryAndCountedWithTheWalkIns() {
		Body consultation = GovernanceFixtures.consultation(this.bodies, "Concertation Participants");
		UUID meeting = GovernanceFixtures.heldMeeting(this.meetings, this.clock, consultation,
				LocalDate.of(2026, 5, 19), null);
		this.meetings.recordAttendance(meeting, Map.of(), 5, null, null, "test");
		WebSession staff = new WebSession(this.port).language("fr");
		staff.login("sud@demo.maillage.brussels", PASSWORD);
		String page = "/staff/governance/meetings/" + meeting;
		staff.get(page);

		// Without a name: the message next to the field, the organisation typed kept.
		HttpResponse<String> noName = staff.post(page + "/participants",
				Map.of("personName", " ", "organisationName", "Maison médicale du Midi", "category", "MEDICAL_HOUSE"));
		assertThat(noName.statusCode()).isEqualTo(200);
		assertThat(html(noName))
			.contains("id=\"personName-error\"", "Écrivez le nom de la personne.", "value=\"Maison médicale du Midi\"")
			.containsPattern("<option value=\"MEDICAL_HOUSE\" selected=\"selected\">");
		HttpResponse<String> unknown = staff.post(page + "/participants",
				Map.of("personName", "Inès Haddad", "organisationName", "", "category", "ASTRONAUTS"));
		assertThat(html(unknown)).contains("id=\"category-error\"", "Choisissez une catégorie de la liste.",
				"value=\"Inès Haddad\"");
		assertThat(this.meetings.sheet(meeting).others()).isEmpty();

		staff.get(page);
		assertThat(
				staff
					.post(page + "/participants",
							Map.of("personName", "Inès Haddad", "organisationName", "Maison médicale du Midi",
									"category", "MEDICAL_HOUSE"))
					.statusCode())
			.isEqualTo(302);
		staff.get(page);
		staff.post(page + "/participants", Map.of("personName", "Marc Dubois", "category", ""));
		String shown = html(staff.get(page));
		assertThat(shown).contains("Inès Haddad", "Maison médicale du Midi", "Maisons médicales", "Marc Dubois",
				"Autre catégorie ou non précisée");
		// Two others and five walk-ins.
		assertThat(this.meetings.sheet(meeting).participants()).isEqualTo(7);

		MeetingRecord record = this.minutes.record(meeting, "fr").orElseThrow();
		assertThat(record.byCategory())
			.extracting(MeetingRecord.CategoryCount::label, MeetingRecord.CategoryCount::count)
			.contains(org.assertj.core.groups.Tuple.tuple("Maisons médicales", 1L),
					org.assertj.core.groups.Tuple.tuple("Autre catégorie ou non précisée", 1L),
					org.assertj.core.groups.Tuple.tuple("Venu·es sans inscription", 5L));
		assertThat(record.byCategory().toString()).doesNotContain("Inès", "Marc");

		UUID marc = this.meetings.sheet(meeting)
			.others()
			.stream()
			.filter((o) -> o.personName().equals("Marc Dubois"))
			.findFirst()
			.orElseThrow()
			.id();
		staff.post(page + "/participants/" + marc + "/remove", Map.of());
		assertThat(this.meetings.sheet(meeting).participants()).isEqualTo(6);
	}

}

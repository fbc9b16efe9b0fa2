package brussels.maillage.palliative.referents;

import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's outcome sent for a meeting that does not exist (an address typed or kept
 * from before) is a page not found, as the meeting's page is, never a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferentMeetingAddressTests {

	@LocalServerPort
	int port;

	@Test
	void anOutcomeForAMeetingThatDoesNotExistIsNotFound() {
		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", "demo-maillage-2026");
		team.get("/staff/palliative/referents");
		for (String id : new String[] { "999999999", "2147483648", "-1" }) {
			assertThat(team.get("/staff/palliative/referents/meetings/" + id).statusCode()).as(id).isEqualTo(404);
			assertThat(team
				.post("/staff/palliative/referents/meetings/" + id,
						Map.of("meetingStatus", "CANCELLED", "participants", ""))
				.statusCode()).as(id).isEqualTo(404);
		}
	}

}

package brussels.maillage.palliative.followups;

import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visit or a status change sent for a follow-up that does not exist (an address typed
 * or kept from before) is a page not found, as the follow-up's page is, never a server
 * error (found by the form fuzzer, session 19).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpAddressTests {

	@LocalServerPort
	int port;

	@Test
	void aVisitOrAStatusForAFollowUpThatDoesNotExistIsNotFound() {
		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", "demo-maillage-2026");
		team.get("/staff/palliative/follow-ups");
		for (String id : new String[] { "999999999", "-1" }) {
			assertThat(team.get("/staff/palliative/follow-ups/" + id).statusCode()).as(id).isEqualTo(404);
			assertThat(team
				.post("/staff/palliative/follow-ups/" + id + "/visits",
						Map.of("visitOn", "2026-12-01", "mode", "IN_PERSON", "visitStatus", "HELD"))
				.statusCode()).as(id).isEqualTo(404);
			assertThat(team
				.post("/staff/palliative/follow-ups/" + id + "/status",
						Map.of("status", "CLOSED", "changedOn", "2026-12-01"))
				.statusCode()).as(id).isEqualTo(404);
		}
	}

}

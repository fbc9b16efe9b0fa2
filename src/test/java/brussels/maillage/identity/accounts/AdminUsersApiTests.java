package brussels.maillage.identity.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.tokens.AccessTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/admin/users} with teams that do not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminUsersApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokens tokens;

	@Test
	void refusesAnUnknownTeamIdWith422NamingTheField() {
		User admin = this.accounts.create("admin." + UUID.randomUUID() + "@example.be", "Admin",
				"correct horse battery", java.util.Set.of(Role.ADMIN), java.util.Set.of(), false);
		String token = this.tokens.create(admin.id(), "automation", null);
		String email = "teamless." + UUID.randomUUID() + "@example.be";
		HttpResponse<String> refused = new WebSession(this.port).language("en")
			.json("POST", "/api/admin/users", token, "{\"email\": \"" + email
					+ "\", \"displayName\": \"No team\", \"password\": \"long enough pw\", \"roles\": [\"STAFF\"],"
					+ " \"teamIds\": [987654321]}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("\"field\":\"teamIds\"")
			.contains("There is no team with the id 987654321")
			.doesNotContain("violates")
			.doesNotContain("team_member");
		assertThat(this.accounts.emailTaken(email)).isFalse();
		long team = this.accounts.teams().get(0).id();
		HttpResponse<String> created = new WebSession(this.port).json("POST", "/api/admin/users", token,
				"{\"email\": \"" + email + "\", \"displayName\": \"One team\", \"password\": \"long enough pw\","
						+ " \"roles\": [\"STAFF\"], \"teamIds\": [" + team + "]}");
		assertThat(created.statusCode()).isEqualTo(201);
	}

}

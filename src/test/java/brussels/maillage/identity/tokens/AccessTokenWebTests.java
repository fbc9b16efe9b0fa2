package brussels.maillage.identity.tokens;

import java.net.http.HttpResponse;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.accounts.AccountFixtures;
import brussels.maillage.identity.accounts.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal access tokens over real HTTP against the embedded PostgreSQL: a token signs in
 * to the API until it is revoked (the rest of the API's door: {@code IdentityWebTests}
 * and {@code SecurityEventsWebTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessTokenWebTests {

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessTokens tokens;

	@Test
	void protectsTheApiWithPersonalAccessTokens() {
		User user = newUser(Role.STAFF);
		WebSession api = new WebSession(this.port);

		HttpResponse<String> anonymous = api.json("GET", "/api/me", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));

		String token = this.tokens.create(user.id(), "test", null);
		HttpResponse<String> me = api.json("GET", "/api/me", token, null);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(user.email());

		long tokenId = this.tokens.forUser(user.id()).get(0).id();
		assertThat(this.tokens.revoke(user.id(), tokenId)).isTrue();
		HttpResponse<String> revoked = api.json("GET", "/api/me", token, null);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.body()).contains("\"status\":401");

		assertThat(api.json("GET", "/api/me", "mlg_made-up", null).statusCode()).isEqualTo(401);
	}

	private User newUser(Role role) {
		String email = role.name().toLowerCase() + "." + UUID.randomUUID() + "@example.be";
		return AccountFixtures.account(this.accounts, email, "Test " + role, PASSWORD, role);
	}

}

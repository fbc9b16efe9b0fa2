package brussels.maillage.identity.accounts;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.tokens.AccessTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security events reach the audit log (role changes, locks, token use and refused
 * tokens), and long passphrases are taken whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityEventsWebTests {

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokens tokens;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void auditsARoleChangeWithBeforeAndAfter() {
		User user = newUser(Role.STAFF);
		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", IdentityBootstrap.DEMO_PASSWORD);
		admin.get("/admin/users/" + user.id());
		admin.post("/admin/users/" + user.id(),
				Map.of("displayName", user.displayName(), "roles", "COORDINATOR", "enabled", "true"));
		assertThat(this.audit.forRecord("user", user.id())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("user.roles-changed");
			assertThat(entry.details()).isEqualTo("roles-changed:STAFF|COORDINATOR");
			assertThat(entry.actor()).isEqualTo("admin@demo.maillage.brussels");
		});
	}

	@Test
	void auditsTheLockAfterTheFifthWrongPassword() {
		User user = newUser(Role.STAFF);
		WebSession session = new WebSession(this.port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			session.login(user.email(), "wrong password " + attempt);
		}
		assertThat(this.audit.latest(user.email(), 0, 20)).extracting(AuditLog.Entry::action)
			.containsOnlyOnce("login.locked")
			.contains("login.failed");
	}

	@Test
	void auditsTokenUseOnceAnHourAndEveryRefusedToken() {
		User user = newUser(Role.STAFF);
		String token = this.tokens.create(user.id(), "script", null);
		WebSession api = new WebSession(this.port);
		assertThat(api.json("GET", "/api/me", token, null).statusCode()).isEqualTo(200);
		assertThat(api.json("GET", "/api/me", token, null).statusCode()).isEqualTo(200);
		assertThat(this.audit.forRecord("user", user.id())).extracting(AuditLog.Entry::action)
			.containsOnlyOnce("token.used");

		String unknown = "mlg_" + UUID.randomUUID();
		assertThat(api.json("GET", "/api/me", unknown, null).statusCode()).isEqualTo(401);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'token.refused' and details = ?")
			.param(AuditLog.details("token-starts-with", unknown.substring(0, 8)))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void takesAPassphraseOfAHundredCharactersWithAccents() {
		String passphrase = "été à l'école, ".repeat(7).substring(0, 100);
		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", IdentityBootstrap.DEMO_PASSWORD);
		admin.get("/admin/users/new");
		String email = "long." + UUID.randomUUID() + "@example.be";
		assertThat(admin
			.post("/admin/users/new", Map.of("email", email, "displayName", "Longue Phrase", "password", passphrase,
					"roles", "STAFF", "enabled", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(new WebSession(this.port).login(email, passphrase)).endsWith("/login/second-factor");
		assertThat(new WebSession(this.port).login(email, passphrase.substring(0, 99))).endsWith("/login?error");
	}

	@Test
	void keepsTheSessionCookieFromScriptsAndSignedInPagesFromCaches() {
		WebSession session = new WebSession(this.port);
		var login = session.get("/login");
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		session.login("nord@demo.maillage.brussels", IdentityBootstrap.DEMO_PASSWORD);
		assertThat(session.get("/account").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
	}

	private User newUser(Role role) {
		String email = role.name().toLowerCase() + "." + UUID.randomUUID() + "@example.be";
		return this.accounts.create(email, "Test " + role, PASSWORD, Set.of(role), Set.of(), false);
	}

}

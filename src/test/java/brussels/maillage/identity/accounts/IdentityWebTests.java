package brussels.maillage.identity.accounts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.identity.secondfactor.TwoStepSignIn;
import brussels.maillage.identity.tokens.AccessTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login, roles, throttling, tokens and the audit log, over real HTTP against the embedded
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityWebTests {

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AccessTokens tokens;

	@Autowired
	AuditLog audit;

	@Test
	void signsInWithEmailAndPasswordAndLogsIt() {
		User user = newUser(Role.STAFF);
		assertThat(new WebSession(this.port).login(user.email().toUpperCase(), PASSWORD))
			.endsWith("/login/second-factor");
		WebSession session = new WebSession(this.port);
		new TwoStepSignIn(user.email(), PASSWORD).enrol(session);
		assertThat(session.get("/account").body()).contains(user.email());
		assertThat(this.audit.latest(user.email(), 0, 10))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("login.succeeded"));
	}

	@Test
	void keepsTheTypedAddressAfterAWrongPassword() {
		User user = newUser(Role.STAFF);
		WebSession session = new WebSession(this.port);
		assertThat(session.login(user.email(), "wrong password!")).endsWith("/login?error");
		assertThat(session.get("/login?error").body()).contains("value=\"" + user.email() + "\"")
			.contains("Adresse e-mail ou le mot de passe est incorrect".substring(1));
	}

	@Test
	void throttlesAfterFiveWrongPasswordsInARow() {
		User user = newUser(Role.STAFF);
		WebSession session = new WebSession(this.port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(session.login(user.email(), "wrong-" + attempt)).endsWith("/login?error");
		}
		assertThat(session.login(user.email(), PASSWORD)).endsWith("/login?locked");
		assertThat(session.get("/login?locked").body()).contains("la connexion est bloquée");
		assertThat(this.audit.latest(user.email(), 0, 20))
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("login.throttled"));
	}

	@Test
	void givesStaffALocalizedForbiddenPageOnAdministrationPages() {
		User user = newUser(Role.STAFF);
		WebSession session = new WebSession(this.port).language("nl");
		new TwoStepSignIn(user.email(), PASSWORD).enrol(session);
		HttpResponse<String> page = session.get("/admin/users");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("<html lang=\"nl\"").contains("Toegang geweigerd").doesNotContain("Exception");
	}

	@Test
	void sendsAnonymousVisitorsOfProtectedPagesToTheLogin() {
		HttpResponse<String> page = new WebSession(this.port).get("/admin/users");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void letsAnAdministratorCreateAnAccountAndKeepsWhatWasTypedOnError() {
		User admin = newUser(Role.ADMIN);
		WebSession session = new WebSession(this.port);
		new TwoStepSignIn(admin.email(), PASSWORD).enrol(session);
		session.get("/admin/users/new");
		HttpResponse<String> invalid = session.post("/admin/users/new", Map.of("email", "not-an-address", "displayName",
				"Jeanne Dupont", "password", "short", "roles", "STAFF", "enabled", "true"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Il y a un problème")
			.contains("Saisissez une adresse e-mail valide")
			.contains("au moins 12 caractères")
			.contains("value=\"Jeanne Dupont\"")
			.contains("value=\"not-an-address\"");

		String email = "jeanne." + UUID.randomUUID() + "@example.be";
		HttpResponse<String> created = session.post("/admin/users/new", Map.of("email", email, "displayName",
				"Jeanne Dupont", "password", PASSWORD, "roles", "STAFF", "teamIds", "2", "enabled", "true"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(session.get("/admin/users").body()).contains(email);
		CurrentUser jeanne = this.accounts.findByEmail(email).orElseThrow();
		assertThat(jeanne.roles()).containsExactly(Role.STAFF);
		assertThat(jeanne.territories()).containsExactly(TerritoryScope.NORD);
		assertThat(this.audit.forRecord("user", jeanne.id())).extracting(AuditLog.Entry::action)
			.contains("user.created");
	}

	@Test
	void refusesADuplicateAddressNextToTheField() {
		User admin = newUser(Role.ADMIN);
		WebSession session = new WebSession(this.port);
		new TwoStepSignIn(admin.email(), PASSWORD).enrol(session);
		session.get("/admin/users/new");
		HttpResponse<String> duplicate = session.post("/admin/users/new", Map.of("email", admin.email(), "displayName",
				"Copie", "password", PASSWORD, "roles", "STAFF", "enabled", "true"));
		assertThat(duplicate.body()).contains("Un compte existe déjà avec cette adresse e-mail.");
	}

	@Test
	void disablingAnAccountStopsItsLogin() {
		User admin = newUser(Role.ADMIN);
		User staff = newUser(Role.STAFF);
		WebSession adminSession = new WebSession(this.port);
		new TwoStepSignIn(admin.email(), PASSWORD).enrol(adminSession);
		adminSession.get("/admin/users/" + staff.id());
		HttpResponse<String> saved = adminSession.post("/admin/users/" + staff.id(),
				Map.of("email", staff.email(), "displayName", staff.displayName(), "roles", "STAFF"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(new WebSession(this.port).login(staff.email(), PASSWORD)).endsWith("/login?error");
	}

	@Test
	void refusesExpiredTokensAndStaffTokensOnAdministrationEndpoints() {
		User staff = newUser(Role.STAFF);
		WebSession api = new WebSession(this.port);
		String expired = this.tokens.create(staff.id(), "old", Instant.now().minusSeconds(60));
		assertThat(api.json("GET", "/api/me", expired, null).statusCode()).isEqualTo(401);
		String valid = this.tokens.create(staff.id(), "valid", null);
		HttpResponse<String> forbidden = api.json("GET", "/api/admin/users", valid, null);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("\"status\":403");
	}

	@Test
	void answersBadJsonWithAProblemDocument() {
		User admin = newUser(Role.ADMIN);
		String token = this.tokens.create(admin.id(), "automation", null);
		WebSession api = new WebSession(this.port);

		HttpResponse<String> malformed = api.json("POST", "/api/admin/users", token, "{\"email\": ");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at tools.");

		HttpResponse<String> invalid = api.json("POST", "/api/admin/users", token,
				"{\"email\": \"nope\", \"displayName\": \"\", \"password\": \"x\", \"roles\": []}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("\"errors\"")
			.contains("\"field\":\"email\"")
			.contains("\"field\":\"roles\"");

		HttpResponse<String> wrongType = api.json("POST", "/api/admin/users", token,
				"{\"email\": \"a@b.be\", \"displayName\": \"A\", \"password\": \"long enough pw\", \"roles\": [\"KING\"]}");
		assertThat(wrongType.statusCode()).isEqualTo(400);

		String email = "api." + UUID.randomUUID() + "@example.be";
		HttpResponse<String> created = api.json("POST", "/api/admin/users", token, "{\"email\": \"" + email
				+ "\", \"displayName\": \"Via API\", \"password\": \"long enough pw\", \"roles\": [\"STAFF\"]}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(api
			.json("POST", "/api/admin/users", token, "{\"email\": \"" + email
					+ "\", \"displayName\": \"Twice\", \"password\": \"long enough pw\", \"roles\": [\"STAFF\"]}")
			.statusCode()).isEqualTo(409);
	}

	@Test
	void letsAUserCreateAndRevokeTheirOwnTokens() {
		User user = newUser(Role.STAFF);
		WebSession session = new WebSession(this.port);
		new TwoStepSignIn(user.email(), PASSWORD).enrol(session);
		session.get("/account");
		HttpResponse<String> created = session.post("/account/tokens", Map.of("name", "export", "days", "30"));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = session.get("/account").body();
		java.util.regex.Matcher secret = java.util.regex.Pattern.compile("(mlg_[A-Za-z0-9_-]{40,})").matcher(page);
		assertThat(secret.find()).isTrue();
		assertThat(new WebSession(this.port).json("GET", "/api/me", secret.group(1), null).statusCode()).isEqualTo(200);
		assertThat(session.get("/account").body()).doesNotContain(secret.group(1));
	}

	private User newUser(Role role) {
		String email = role.name().toLowerCase() + "." + UUID.randomUUID() + "@example.be";
		return this.accounts.create(email, "Test " + role, PASSWORD, Set.of(role), Set.of(), false);
	}

}

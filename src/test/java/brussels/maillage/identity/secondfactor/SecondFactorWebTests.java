package brussels.maillage.identity.secondfactor;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.accounts.AccountFixtures;
import brussels.maillage.identity.accounts.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor over real HTTP against the embedded PostgreSQL (demo data on, so the
 * accounts under test are made here, not demo ones): enrolment, codes, recovery codes,
 * the administrators' page, session limits and common passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorWebTests {

	/** The password of the demo accounts (README). */
	static final String DEMO_PASSWORD = "demo-maillage-2026";

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void anAccountWithoutSecondFactorMustSetOneUpBeforeAnythingElse() {
		User staff = newUser(Role.STAFF);
		WebSession session = new WebSession(this.port);
		assertThat(session.login(staff.email(), PASSWORD)).endsWith("/login/second-factor");
		assertRedirectedToCodePage(session.get("/staff/helpdesk"));
		assertRedirectedToCodePage(session.get("/account"));
		assertRedirectedToCodePage(session.get("/"));
		assertThat(session.get("/login/second-factor/setup").body()).contains("Activer la vérification en deux étapes")
			.contains("Code QR pour ajouter Maillage");
	}

	@Test
	void staffWithTotpMustEnterAValidCodeAfterThePassword() {
		User staff = newUser(Role.STAFF);
		TwoStepSignIn person = new TwoStepSignIn(staff.email(), PASSWORD).enrol(new WebSession(this.port));

		WebSession session = new WebSession(this.port);
		assertThat(session.login(staff.email(), PASSWORD)).endsWith("/login/second-factor");
		assertRedirectedToCodePage(session.get("/account"));
		assertRedirectedToCodePage(session.get("/"));
		assertThat(session.get("/login/second-factor").body()).contains("Saisissez votre code de vérification");
		HttpResponse<String> accepted = session.post("/login/second-factor", Map.of("code", person.nextCode()));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(session.get("/account").body()).contains(staff.email());
		assertThat(this.audit.forRecord("user", staff.id())).extracting(AuditLog.Entry::action)
			.contains("second-factor.enrolled", "second-factor.succeeded", "login.password-accepted",
					"login.succeeded");
	}

	@Test
	void goesOnToThePageAskedForAfterTheCode() {
		User staff = newUser(Role.STAFF);
		TwoStepSignIn person = new TwoStepSignIn(staff.email(), PASSWORD).enrol(new WebSession(this.port));
		WebSession session = new WebSession(this.port);
		session.get("/account");
		assertThat(session.login(staff.email(), PASSWORD)).endsWith("/login/second-factor");
		session.get("/login/second-factor");
		HttpResponse<String> accepted = session.post("/login/second-factor", Map.of("code", person.nextCode()));
		assertThat(accepted.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/account"));
	}

	@Test
	void refusesAWrongCodeNextToTheField() {
		User staff = newUser(Role.STAFF);
		TwoStepSignIn person = new TwoStepSignIn(staff.email(), PASSWORD).enrol(new WebSession(this.port));
		WebSession session = new WebSession(this.port).language("en");
		session.login(staff.email(), PASSWORD);
		session.get("/login/second-factor");
		String wrong = "000000";
		while (person.acceptableCodes().contains(wrong)) {
			wrong = String.format("%06d", (Integer.parseInt(wrong) + 1));
		}
		HttpResponse<String> refused = session.post("/login/second-factor", Map.of("code", wrong));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("There is a problem")
			.contains("The code is not right, or it has already been used.")
			.contains("aria-invalid=\"true\"");
		assertRedirectedToCodePage(session.get("/account"));
		assertThat(this.audit.forRecord("user", staff.id())).extracting(AuditLog.Entry::action)
			.contains("second-factor.failed");
	}

	@Test
	void refusesACodeAlreadyUsed() {
		User staff = newUser(Role.STAFF);
		TwoStepSignIn person = new TwoStepSignIn(staff.email(), PASSWORD).enrol(new WebSession(this.port));
		String code = person.nextCode();
		WebSession first = new WebSession(this.port);
		first.login(staff.email(), PASSWORD);
		first.get("/login/second-factor");
		assertThat(first.post("/login/second-factor", Map.of("code", code)).statusCode()).isEqualTo(302);

		WebSession second = new WebSession(this.port);
		second.login(staff.email(), PASSWORD);
		second.get("/login/second-factor");
		HttpResponse<String> replayed = second.post("/login/second-factor", Map.of("code", code));
		assertThat(replayed.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(replayed.body()))
			.contains("Le code n'est pas correct, ou il a déjà été utilisé.");
	}

	@Test
	void aRecoveryCodeWorksOnce() {
		User coordinator = newUser(Role.COORDINATOR);
		TwoStepSignIn person = new TwoStepSignIn(coordinator.email(), PASSWORD).enrol(new WebSession(this.port));
		String recoveryCode = person.recoveryCodes.get(3);

		WebSession first = new WebSession(this.port);
		first.login(coordinator.email(), PASSWORD);
		first.get("/login/second-factor");
		HttpResponse<String> used = first.post("/login/second-factor/recovery",
				Map.of("recoveryCode", recoveryCode.toUpperCase().replace("-", " ")));
		assertThat(used.statusCode()).isEqualTo(302);
		assertThat(first.get("/account").statusCode()).isEqualTo(200);

		WebSession second = new WebSession(this.port);
		second.login(coordinator.email(), PASSWORD);
		second.get("/login/second-factor");
		HttpResponse<String> again = second.post("/login/second-factor/recovery", Map.of("recoveryCode", recoveryCode));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(again.body()))
			.contains("Ce code de secours n'est pas correct, ou il a déjà été utilisé.");
		assertRedirectedToCodePage(second.get("/account"));
		assertThat(this.audit.forRecord("user", coordinator.id())).extracting(AuditLog.Entry::action)
			.containsOnlyOnce("second-factor.recovery-code-used");
	}

	@Test
	void newRecoveryCodesFromTheAccountPageReplaceTheOldOnes() {
		User staff = newUser(Role.STAFF);
		WebSession session = new WebSession(this.port);
		TwoStepSignIn person = new TwoStepSignIn(staff.email(), PASSWORD).enrol(session);
		String account = session.get("/account").body();
		assertThat(account).contains("Codes de secours restants : 10.");
		HttpResponse<String> renewed = session.post("/account/recovery-codes", Map.of());
		assertThat(renewed.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login/second-factor/recovery-codes"));
		java.util.regex.Matcher code = java.util.regex.Pattern
			.compile("<code class=\"token\">([a-z2-9]{5}-[a-z2-9]{5})</code>")
			.matcher(session.get("/login/second-factor/recovery-codes").body());
		java.util.List<String> fresh = new java.util.ArrayList<>();
		while (code.find()) {
			fresh.add(code.group(1));
		}
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(person.recoveryCodes);

		WebSession old = new WebSession(this.port);
		old.login(staff.email(), PASSWORD);
		old.get("/login/second-factor");
		assertThat(old.post("/login/second-factor/recovery", Map.of("recoveryCode", person.recoveryCodes.get(0)))
			.statusCode()).isEqualTo(200);
		assertThat(old.post("/login/second-factor/recovery", Map.of("recoveryCode", fresh.get(0))).statusCode())
			.isEqualTo(302);
		assertThat(this.audit.forRecord("user", staff.id())).extracting(AuditLog.Entry::action)
			.contains("second-factor.recovery-codes-renewed");
	}

	@Test
	void demoAccountsStillSignInWithTheirPasswordAlone() {
		WebSession session = new WebSession(this.port);
		assertThat(session.get("/login").body())
			.contains("Les comptes de démonstration se connectent avec leur seul mot de passe");
		assertThat(session.login("nord@demo.maillage.brussels", DEMO_PASSWORD)).endsWith("/");
		assertThat(session.get("/account").statusCode()).isEqualTo(200);
		WebSession admin = new WebSession(this.port);
		assertThat(admin.login("admin@demo.maillage.brussels", DEMO_PASSWORD)).endsWith("/");
		assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void theAdministratorsPageListsWhoHasEnrolledAndResetsIt() {
		User enrolled = newUser(Role.STAFF);
		new TwoStepSignIn(enrolled.email(), PASSWORD).enrol(new WebSession(this.port));
		User notYet = newUser(Role.STAFF);
		User admin = newUser(Role.ADMIN);
		WebSession session = new WebSession(this.port);
		new TwoStepSignIn(admin.email(), PASSWORD).enrol(session);

		String page = session.get("/admin/second-factor").body();
		assertThat(rowOf(page, enrolled.id())).contains(enrolled.email()).contains(">Activée<").contains(">10<");
		assertThat(rowOf(page, notYet.id())).contains(notYet.email()).contains("Pas encore activée");
		assertThat(page).contains("Compte de démonstration : mot de passe seul");

		HttpResponse<String> reset = session.post("/admin/second-factor/" + enrolled.id() + "/reset", Map.of());
		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(rowOf(session.get("/admin/second-factor").body(), enrolled.id())).contains("Pas encore activée");
		assertThat(this.audit.forRecord("user", enrolled.id())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("second-factor.reset");
			assertThat(entry.actor()).isEqualTo(admin.email());
		});
		WebSession again = new WebSession(this.port);
		again.login(enrolled.email(), PASSWORD);
		assertThat(again.get("/login/second-factor").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login/second-factor/setup"));
	}

	@Test
	void staffSessionsEndAfterThirtyIdleMinutesOrTwelveHours() {
		User staff = newUser(Role.STAFF);
		WebSession session = new WebSession(this.port);
		new TwoStepSignIn(staff.email(), PASSWORD).enrol(session);
		assertThat(session.get("/account").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(staff.email())
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);

		signedInAt(this.sessions, staff.email(), Instant.now().minus(Duration.ofHours(12)).minusSeconds(60));
		HttpResponse<String> expired = session.get("/account");
		assertThat(expired.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?expired"));
		assertThat(session.get("/login?expired").body()).contains("Votre session a pris fin.");
		assertThat(session.get("/account").statusCode()).isEqualTo(302);
		assertThat(this.audit.forRecord("user", staff.id())).extracting(AuditLog.Entry::action)
			.contains("session.expired");
	}

	@Test
	void refusesACommonPasswordWhereverOneIsSet() {
		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", DEMO_PASSWORD);
		admin.get("/admin/users/new");
		// Line 12512 of the shipped list of common passwords.
		HttpResponse<String> created = admin.post("/admin/users/new",
				Map.of("email", "common." + UUID.randomUUID() + "@example.be", "displayName", "Jeanne Dupont",
						"password", "1qaz2wsx3edc4rfv", "roles", "STAFF", "enabled", "true"));
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).contains("Ce mot de passe fait partie des mots de passe les plus courants.");

		WebSession staff = new WebSession(this.port).language("nl");
		staff.login("sud@demo.maillage.brussels", DEMO_PASSWORD);
		staff.get("/account");
		HttpResponse<String> changed = staff.post("/account/password",
				Map.of("current", DEMO_PASSWORD, "replacement", "QwertyQwerty"));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Dit wachtwoord is een van de meest gebruikte wachtwoorden.");
	}

	private static <S extends Session> void signedInAt(FindByIndexNameSessionRepository<S> sessions, String email,
			Instant signedInAt) {
		Map<String, S> found = sessions.findByPrincipalName(email);
		assertThat(found).isNotEmpty();
		for (S session : found.values()) {
			session.setAttribute(SessionLimits.SIGNED_IN_AT, signedInAt);
			sessions.save(session);
		}
	}

	private static String rowOf(String page, long id) {
		int start = page.indexOf("id=\"account-" + id + "\"");
		assertThat(start).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static void assertRedirectedToCodePage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(URI.create(location).getPath()).isEqualTo("/login/second-factor"));
	}

	private User newUser(Role role) {
		String email = role.name().toLowerCase() + "." + UUID.randomUUID() + "@example.be";
		return AccountFixtures.account(this.accounts, email, "Test " + role, PASSWORD, role);
	}

}

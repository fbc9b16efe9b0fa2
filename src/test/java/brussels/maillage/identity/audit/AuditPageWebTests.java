package brussels.maillage.identity.audit;

import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.accounts.AccountFixtures;
import brussels.maillage.identity.secondfactor.TwoStepSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators read each audit entry's action and record in their language, with the
 * code beside it for who needs it, over real HTTP against the embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditPageWebTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void showsTheActionAndRecordInFrenchAndDutchWithTheCodeAside() {
		WebSession session = signedInAdministrator();
		// A record id of its own: the filter finds this test's entry among everyone's.
		String id = UUID.randomUUID().toString();
		this.audit.record("prevention.theme.saved", "prevention_theme", id, null);

		String french = session.language("fr").get("/admin/audit?q=" + id).body();
		assertThat(french).contains("Thème de prévention enregistré", "Thème de prévention " + id)
			.contains("<code class=\"muted\">prevention.theme.saved</code>");
		assertThat(readable(french)).doesNotContain("prevention.theme.saved", "prevention_theme");

		String dutch = session.language("nl").get("/admin/audit?q=" + id + "&lang=nl").body();
		assertThat(dutch).contains("Preventiethema opgeslagen", "Preventiethema " + id);
		assertThat(readable(dutch)).doesNotContain("prevention.theme.saved", "prevention_theme");
	}

	@Test
	void findsEntriesByTheirCode() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("care.case.viewed", "care_case", id, null);
		String page = session.language("fr").get("/admin/audit?q=care_case:" + id).body();
		assertThat(page).contains("Dossier de soins consulté", "Dossier de soins " + id);
	}

	@Test
	void findsEntriesByTheirLabelInThePageLanguage() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("helpdesk.request.transferred", "helpdesk_request", id, null);
		assertThat(session.language("fr").get("/admin/audit?q=demande+transferee").body()).contains(id);
		assertThat(session.language("nl").get("/admin/audit?q=Vraag+doorgestuurd&lang=nl").body()).contains(id);
	}

	@Test
	void readsAnActionWithoutAMessageAsWordsNeverAsAKey() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("helpdesk.request.reOpened", "helpdesk_request", id, null);
		String page = session.language("fr").get("/admin/audit?q=" + id).body();
		assertThat(page).contains("Helpdesk request re opened").doesNotContain("??", "audit.action.");
	}

	@Test
	void showsWhyASignInFailedInFrenchAndDutchNeverAnExceptionName() {
		String email = "failed." + UUID.randomUUID() + "@example.be";
		AccountFixtures.account(this.accounts, email, "Test STAFF", PASSWORD, Role.STAFF);
		new WebSession(this.port).login(email, "not the password");
		WebSession session = signedInAdministrator();

		String french = session.language("fr").get("/admin/audit?q=" + email).body();
		assertThat(french).contains("Connexion échouée", "Mot de passe incorrect").doesNotContain("Exception");
		String dutch = session.language("nl").get("/admin/audit?q=" + email + "&lang=nl").body();
		assertThat(dutch).contains("Aanmelding mislukt", "Verkeerd wachtwoord").doesNotContain("Exception");
	}

	@Test
	void readsDetailsStoredBeforeSession23AsTheirCodeAndDataAsStored() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("login.failed", "user", id, "DisabledException");
		this.audit.record("login.password-accepted", "user", id, "second factor next");
		this.audit.record("token.created", "user", id, "Deploy token");

		String french = session.language("fr").get("/admin/audit?q=user:" + id).body();
		assertThat(french).contains("Compte désactivé", "Second facteur demandé ensuite", "Deploy token")
			.doesNotContain("DisabledException", "second factor next", "audit.detail.");
		String dutch = session.language("nl").get("/admin/audit?q=user:" + id + "&lang=nl").body();
		assertThat(dutch).contains("Account uitgeschakeld", "Tweede factor daarna gevraagd", "Deploy token");
	}

	@Test
	void readsAnImportsCountsInThePagesLanguage() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("directory.imported", "directory", id,
				"2 added, 0 changed, 1 unchanged, 0 closed, 3 rows left out, 4 warnings");

		String french = session.language("fr").get("/admin/audit?q=directory:" + id).body();
		assertThat(french).contains(
				"ajoutés : 2 ; modifiés : 0 ; inchangés : 1 ; fermés : 0 ; lignes écartées : 3 ; avertissements : 4")
			.doesNotContain("rows left out");
		String dutch = session.language("nl").get("/admin/audit?q=directory:" + id + "&lang=nl").body();
		assertThat(dutch)
			.contains(
					"toegevoegd: 2; gewijzigd: 0; ongewijzigd: 1; gesloten: 0; rijen weggelaten: 3; waarschuwingen: 4")
			.doesNotContain("rows left out");
	}

	@Test
	void readsDetailsWithDataInThePagesLanguageAndEnglishRowsRecordedBeforeToo() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("password-reset.completed", "user", id, AuditLog.details("password-changed", 2));
		this.audit.record("session.expired", "user", id, "absolute limit 24 h");
		this.audit.record("second-factor.recovery-code-used", "user", id, "7 left");
		this.audit.record("password-reset.refused", "user", id, "link expired");

		String french = session.language("fr").get("/admin/audit?q=user:" + id).body();
		assertThat(french)
			.contains("Mot de passe changé ; sessions fermées : 2", "Durée maximale de la session atteinte : 24 h",
					"Codes de secours restants : 7", "Lien expiré")
			.doesNotContain("password-changed", "absolute limit", "7 left", "link expired", "audit.detail.");
		String dutch = session.language("nl").get("/admin/audit?q=user:" + id + "&lang=nl").body();
		assertThat(dutch)
			.contains("Wachtwoord gewijzigd; sessies beëindigd: 2", "Maximale sessieduur bereikt: 24 u",
					"Resterende herstelcodes: 7", "Link verlopen")
			.doesNotContain("password-changed", "absolute limit", "7 left", "link expired", "audit.detail.");
	}

	@Test
	void readsAnImportsCountsRecordedAsACodeWithArgumentsInThePagesLanguage() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("directory.imported", "directory", id, AuditLog.details("import-summary", 5, 1, 0, 0, 0, 2));
		this.audit.record("event.registrants.viewed", "directory", id, AuditLog.details("registrations", 12));

		String french = session.language("fr").get("/admin/audit?q=directory:" + id).body();
		assertThat(french).contains(
				"ajoutés : 5 ; modifiés : 1 ; inchangés : 0 ; fermés : 0 ; lignes écartées : 0 ; avertissements : 2",
				"Inscriptions : 12");
		String dutch = session.language("nl").get("/admin/audit?q=directory:" + id + "&lang=nl").body();
		assertThat(dutch).contains(
				"toegevoegd: 5; gewijzigd: 1; ongewijzigd: 0; gesloten: 0; rijen weggelaten: 0; waarschuwingen: 2",
				"Inschrijvingen: 12");
	}

	private WebSession signedInAdministrator() {
		String email = "admin." + UUID.randomUUID() + "@example.be";
		AccountFixtures.account(this.accounts, email, "Test ADMIN", PASSWORD, Role.ADMIN);
		WebSession session = new WebSession(this.port);
		new TwoStepSignIn(email, PASSWORD).enrol(session);
		return session;
	}

	/** What a person reads: the page without its code elements and tags. */
	private static String readable(String html) {
		return html.replaceAll("(?is)<(script|style|code)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
	}

}

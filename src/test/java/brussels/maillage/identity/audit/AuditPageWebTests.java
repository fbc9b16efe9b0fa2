package brussels.maillage.identity.audit;

import java.util.List;
import java.util.Map;
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

	@Test
	void readsARolesChangeAsTheRolesLabelsInFrenchAndDutch() {
		String email = "roles." + UUID.randomUUID() + "@example.be";
		long id = AccountFixtures.account(this.accounts, email, "Roles Changed", PASSWORD, Role.STAFF).id();
		WebSession session = signedInAdministrator();
		session.get("/admin/users/" + id);
		assertThat(session
			.post("/admin/users/" + id,
					Map.of("displayName", "Roles Changed", "roles", "COORDINATOR", "enabled", "true"))
			.statusCode()).isEqualTo(302);

		String french = text(session.language("fr").get("/admin/audit?q=user:" + id).body());
		assertThat(french)
			.contains("Rôles : Membre de l'équipe → Coordinateur·rice", "Rôles : Coordinateur·rice ; équipes")
			.doesNotContain("STAFF", "COORDINATOR", "roles-changed", "audit.detail.");
		String dutch = text(session.language("nl").get("/admin/audit?q=user:" + id + "&lang=nl").body());
		assertThat(dutch).contains("Rollen: Medewerker → Coördinator", "Rollen: Coördinator; teams")
			.doesNotContain("STAFF", "COORDINATOR", "roles-changed", "audit.detail.");
	}

	/**
	 * Each kind of details recorded now as a code with arguments, the English phrase
	 * recorded before for the same, and what both read in French and in Dutch.
	 */
	private static final List<List<String>> CODES_AND_PHRASES = List.of(
			List.of(AuditLog.details("roles-changed", "ADMIN, STAFF", "COORDINATOR"),
					"from [ADMIN, STAFF] to [COORDINATOR]",
					"Rôles : Administrateur·rice, Membre de l'équipe → Coordinateur·rice",
					"Rollen: Beheerder, Medewerker → Coördinator"),
			List.of(AuditLog.details("user-access-disabled", "STAFF", "3, 4"), "roles=[STAFF] teams=[3, 4] disabled",
					"Rôles : Membre de l'équipe ; équipes : 3, 4 ; compte désactivé",
					"Rollen: Medewerker; teams: 3, 4; account uitgeschakeld"),
			List.of(AuditLog.details("manual-value-saved", "helpdesk.requests", 2003, "NORD", "-", "35/ABOUT/+35",
					"Tableur"),
					"metric=helpdesk.requests year=2003 territory=NORD before=none after=35/ABOUT/+35 reason=Tableur",
					"Indicateur : Demandes à l'helpdesk ; année 2003 ; territoire : Nord ; avant : - ; après : 35/Environ/+35 ; raison : Tableur",
					"Indicator: Vragen aan de helpdesk; jaar 2003; gebied: Noord; voordien: -; nadien: 35/Ongeveer/+35; reden: Tableur"),
			List.of(AuditLog.details("manual-value-removed", "helpdesk.requests", 2003, "35/EXACT/-"),
					"metric=helpdesk.requests year=2003 before=35/EXACT/-",
					"Indicateur : Demandes à l'helpdesk ; année 2003 ; valeur retirée : 35/Exact/-",
					"Indicator: Vragen aan de helpdesk; jaar 2003; waarde verwijderd: 35/Exact/-"),
			List.of(AuditLog.details("cold-data-imported", "population", 2024, 12, "Statbel"),
					"population 2024 values=12 source=Statbel",
					"Jeu de données population ; année 2024 ; valeurs : 12 ; source : Statbel",
					"Gegevensset population; jaar 2024; waarden: 12; bron: Statbel"),
			List.of(AuditLog.details("membership-renewed", 2025, 2026, 4), "2025 -> 2026: 4",
					"Renouvellement de 2025 à 2026 ; membres invités : 4",
					"Vernieuwd van 2025 naar 2026; uitgenodigde leden: 4"),
			List.of(AuditLog.details("plan-status", "DRAFT", "PROPOSED"), "DRAFT -> PROPOSED",
					"Statut : Brouillon → Proposé au conseil", "Status: Ontwerp → Voorgesteld aan de raad"),
			List.of(AuditLog.details("report-status", "SUBMITTED", "REVIEWED"), "SUBMITTED -> REVIEWED",
					"Statut : Soumis par l'équipe → Relu par la coordination",
					"Status: Ingediend door het team → Nagelezen door de coördinatie"),
			List.of(AuditLog.details("report-erratum", "requests.total", 3, 4, "coquille"),
					"requests.total: 3 -> 4 (coquille)", "Valeur requests.total : 3 → 4 ; raison : coquille",
					"Waarde requests.total: 3 → 4; reden: coquille"),
			List.of(AuditLog.details("venue-added", "NORD", "s-1"), "NORD service s-1", "Bassin Nord ; service s-1",
					"Zorgzone Noord; dienst s-1"),
			List.of(AuditLog.details("session-recorded", "NORD", "2025-03-01", 12), "NORD 2025-03-01 headcount 12",
					"Bassin Nord ; tenue le 2025-03-01 ; participants : 12",
					"Zorgzone Noord; gehouden op 2025-03-01; deelnemers: 12"),
			List.of(AuditLog
				.details("statistics-exported", "csv", "2025-01-01", "2025-03-31", "NORD", "SUD", "-", "-", "-", "-"),
					"csv from=2025-01-01&to=2025-03-31&line=NORD&bassin=SUD",
					"Fichier csv ; du 2025-01-01 au 2025-03-31 ; ligne : Ligne Nord ; bassin : Sud ; canal : - ; "
							+ "profession : - ; thème : - ; type : -",
					"Bestand csv; van 2025-01-01 tot 2025-03-31; lijn: Lijn Noord; zorgzone: Zuid; kanaal: -; "
							+ "beroep: -; thema: -; soort: -"),
			List.of(AuditLog.details("line-transferred", "NORD", "REGION"), "NORD → REGION",
					"De : Ligne Nord ; vers : Ligne régionale", "Van: Lijn Noord; naar: Gewestelijke lijn"),
			List.of(AuditLog.details("assignment-changed", "NONE", "UNRESOLVED", "SUD_EST", "INFERRED", "Test"),
					"none (unresolved) → SUD_EST (inferred): Test",
					"Bassin : Bassin inconnu (non résolue) → Sud-Est (déduite) ; raison : Test",
					"Zorgzone: Zorgzone onbekend (onopgelost) → Zuidoost (afgeleid); reden: Test"),
			List.of(AuditLog.details("page-saved", "NORD", "2025-03"), "NORD 2025-03", "Bassin Nord ; mois 2025-03",
					"Zorgzone Noord; maand 2025-03"),
			List.of(AuditLog.details("synthesis-status", "nl", "PUBLISHED"), "nl PUBLISHED",
					"Version en néerlandais : Publiée", "Versie Nederlands: Gepubliceerd"),
			List.of(AuditLog.details("statement-drafted", "MONTH", "2025-01-01"), "MONTH 2025-01-01",
					"Mois à partir du 2025-01-01", "Maand vanaf 2025-01-01"),
			List.of(AuditLog.details("referent-meeting", "HELD", 9), "HELD 9", "Tenue ; participants : 9",
					"Gehouden; deelnemers: 9"),
			List.of(AuditLog.details("access-denied", "GET", "/care/cases/1"), "GET /care/cases/1",
					"Adresse /care/cases/1 (GET)", "Adres /care/cases/1 (GET)"));

	@Test
	void readsCodesInTheirArgumentsAsLabelsAndTheEnglishRecordedBeforeTheSame() {
		WebSession session = signedInAdministrator();
		String now = UUID.randomUUID().toString();
		String before = UUID.randomUUID().toString();
		for (List<String> row : CODES_AND_PHRASES) {
			this.audit.record("user.changed", "audit_test", now, row.get(0));
			this.audit.record("user.changed", "audit_test", before, row.get(1));
		}
		for (String id : List.of(now, before)) {
			String french = text(session.language("fr").get("/admin/audit?q=audit_test:" + id + "&lang=fr").body());
			String dutch = text(session.language("nl").get("/admin/audit?q=audit_test:" + id + "&lang=nl").body());
			for (List<String> row : CODES_AND_PHRASES) {
				assertThat(french).contains(row.get(2));
				assertThat(dutch).contains(row.get(3));
			}
			for (String page : List.of(french, dutch)) {
				assertThat(page).doesNotContain("headcount", "metric", "values=", "source=", " -> ", "STAFF",
						"COORDINATOR", "DRAFT", "PROPOSED", "SUBMITTED", "REVIEWED", "ABOUT", "EXACT", "NORD", "SUD",
						"REGION", "UNRESOLVED", "SUD_EST", "PUBLISHED", "MONTH", "HELD", "from=", "audit.detail.");
			}
		}
	}

	@Test
	void readsAStatusRecordedAsItsCodeAsItsLabel() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("care.case.status", "care_case", id, "CLOSED");
		this.audit.record("palliative.visit.changed", "care_case", id, "NO_SHOW");
		this.audit.record("palliative.followups.listed", "care_case", id,
				AuditLog.details("codes-listed", 3, "ON_HOLD", "SUD"));
		this.audit.record("governance.proposal.answered", "care_case", id, "TAKEN_INTO_PLAN");

		String french = text(session.language("fr").get("/admin/audit?q=care_case:" + id + "&lang=fr").body());
		assertThat(french)
			.contains("Clôturée", "Absence sans prévenir", "statut : En pause ; bassin : Sud", "Reprise dans le plan")
			.doesNotContain("CLOSED", "NO_SHOW", "ON_HOLD", "SUD", "TAKEN_INTO_PLAN");
		String dutch = text(session.language("nl").get("/admin/audit?q=care_case:" + id + "&lang=nl").body());
		assertThat(dutch)
			.contains("Afgesloten", "Niet komen opdagen", "status: Gepauzeerd; zorgzone: Zuid", "Opgenomen in het plan")
			.doesNotContain("CLOSED", "NO_SHOW", "ON_HOLD", "SUD", "TAKEN_INTO_PLAN");
	}

	/**
	 * Entries of actions whose details read as labels, each recorded now as a code with
	 * arguments and before as the English (or bare codes) the action recorded: action,
	 * now, before.
	 */
	private static final List<List<String>> ACTIONS_NOW_AND_BEFORE = List.of(
			List.of("palliative.referents.group.created", AuditLog.details("referent-group-created", "NORD, SUD"),
					"NORD,SUD"),
			List.of("palliative.referents.group.split", AuditLog.details("referent-group-split", "SUD", 12),
					"SUD -> 12"),
			List.of("care.tariff.added", AuditLog.details("tariff-open", "CASE_MANAGEMENT", "2025-01-01", "45"),
					"CASE_MANAGEMENT 2025-01-01.. 45"),
			List.of("care.tariff.changed",
					AuditLog.details("tariff", "PSYCHOLOGY", "2025-01-01", "2025-12-31", "60.50"),
					"PSYCHOLOGY 2025-01-01..2025-12-31 60.50"),
			List.of("programme.tagged", AuditLog.details("programme-subject", "EVENT", "e-1"), "EVENT e-1"),
			List.of("programme.untagged", AuditLog.details("programme-subject", "DIRECTORY_THEME", "t-1"),
					"DIRECTORY_THEME t-1"),
			List.of("governance.meeting.participant", "HOME_HELP", "HOME_HELP"),
			List.of("publication.registered", AuditLog.details("publication-issue", "KAIROS", "12"), "KAIROS 12"),
			List.of("plans.plan.created", AuditLog.details("plan-created", "NORD", 2026), "NORD 2026"),
			List.of("palliative.volunteers.group.recorded", "MANAGERS", "MANAGERS"),
			List.of("plans.dashboard.thresholds", AuditLog.details("thresholds", 100, 75, 90, 60), "100/75 -> 90/60"));

	@Test
	void readsReferentGroupsTariffsTagsCategoriesPublicationsAndPlansAsLabelsAndTheRowsRecordedBeforeTheSame() {
		WebSession session = signedInAdministrator();
		String now = UUID.randomUUID().toString();
		String before = UUID.randomUUID().toString();
		for (List<String> row : ACTIONS_NOW_AND_BEFORE) {
			this.audit.record(row.get(0), "audit_test", now, row.get(1));
			this.audit.record(row.get(0), "audit_test", before, row.get(2));
		}
		// A group of one bassin recorded before: a bare code, read as a bassin for
		// this action only.
		this.audit.record("palliative.referents.group.created", "audit_test", before, "NORD");
		for (String id : List.of(now, before)) {
			String french = text(session.language("fr").get("/admin/audit?q=audit_test:" + id + "&lang=fr").body());
			assertThat(french).contains("Bassins : Nord, Sud", "Bassin Sud détaché dans le nouveau groupe 12",
					"Case management ; à partir du 2025-01-01 ; montant : 45 €",
					"Psychologue ; du 2025-01-01 au 2025-12-31 ; montant : 60.50 €", "Événement e-1",
					"Thème du répertoire t-1", "Services d'aide à domicile", "Kaïros n° 12", "Bassin Nord ; année 2026",
					"Groupe de travail des responsables de volontaires",
					"Atteint à partir de 100 % → 90 % ; proche à partir de 75 % → 60 %");
			String dutch = text(session.language("nl").get("/admin/audit?q=audit_test:" + id + "&lang=nl").body());
			assertThat(dutch).contains("Zorgzones: Noord, Zuid", "Zorgzone Zuid afgesplitst in de nieuwe groep 12",
					"Casemanagement; vanaf 2025-01-01; bedrag: € 45",
					"Psycholoog; van 2025-01-01 tot 2025-12-31; bedrag: € 60.50", "Evenement e-1",
					"Thema van de sociale kaart t-1", "Diensten voor thuishulp", "Kaïros nr. 12",
					"Zorgzone Noord; jaar 2026", "Werkgroep van de verantwoordelijken van vrijwilligers",
					"Bereikt vanaf 100% → 90%; dichtbij vanaf 75% → 60%");
			for (String page : List.of(french, dutch)) {
				assertThat(page).doesNotContain("NORD", "SUD", "CASE_MANAGEMENT", "PSYCHOLOGY", "EVENT",
						"DIRECTORY_THEME", "HOME_HELP", "KAIROS", "MANAGERS", " -> ", "..", "audit.detail.");
			}
		}
		String single = text(session.language("fr").get("/admin/audit?q=audit_test:" + before + "&lang=fr").body());
		assertThat(single).contains("Bassins : Nord ");
	}

	@Test
	void readsAListingWithoutFilterAsAllNeverAsNull() {
		WebSession session = signedInAdministrator();
		String id = UUID.randomUUID().toString();
		this.audit.record("care.cases.listed", "care_case", id, AuditLog.details("codes-listed", 3, null, null));
		this.audit.record("helpdesk.followups.listed", "care_case", id,
				AuditLog.details("follow-ups-listed", null, null, 2));
		this.audit.record("care.cases.listed", "care_case", id, "4 codes, status null, bassin null");
		this.audit.record("helpdesk.followups.listed", "care_case", id, "line null, respondent null, 5 shown");

		String french = text(session.language("fr").get("/admin/audit?q=care_case:" + id + "&lang=fr").body());
		assertThat(french)
			.contains("Codes : 3 ; statut : tous ; bassin : tous", "Ligne : toutes ; répondant : tous ; affichés : 2",
					"Codes : 4 ; statut : tous ; bassin : tous", "Ligne : toutes ; répondant : tous ; affichés : 5")
			.doesNotContain("null");
		String dutch = text(session.language("nl").get("/admin/audit?q=care_case:" + id + "&lang=nl").body());
		assertThat(dutch)
			.contains("Codes: 3; status: alle; zorgzone: alle", "Lijn: alle; beantwoorder: alle; getoond: 2",
					"Codes: 4; status: alle; zorgzone: alle", "Lijn: alle; beantwoorder: alle; getoond: 5")
			.doesNotContain("null");
	}

	private WebSession signedInAdministrator() {
		String email = "admin." + UUID.randomUUID() + "@example.be";
		AccountFixtures.account(this.accounts, email, "Test ADMIN", PASSWORD, Role.ADMIN);
		WebSession session = new WebSession(this.port);
		new TwoStepSignIn(email, PASSWORD).enrol(session);
		return session;
	}

	/** What a person reads, with its characters unescaped. */
	private static String text(String html) {
		return readable(html).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
	}

	/** What a person reads: the page without its code elements and tags. */
	private static String readable(String html) {
		return html.replaceAll("(?is)<(script|style|code)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
	}

}

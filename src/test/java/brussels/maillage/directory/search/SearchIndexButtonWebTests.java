package brussels.maillage.directory.search;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.french;
import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator rebuilds the search index from the directory's staff page: one button
 * (a form posted with its CSRF token), the result in the page's language, an audit entry.
 * Other staff neither see nor use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchIndexButtonWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	/**
	 * Digits grouped by spaces (a no-break or narrow one in French), as people read them.
	 */
	private static final String COUNT = "([0-9][0-9\\s\u00a0\u202f]*)";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private WebSession signedIn(String email, String language) {
		WebSession session = new WebSession(this.port).language(language);
		session.login(email, PASSWORD);
		return session;
	}

	private long servicesInTheDatabase() {
		return this.jdbc.sql("select count(*) from service").query(Long.class).single();
	}

	private static long number(String digits) {
		return Long.parseLong(digits.replaceAll("[^0-9]", ""));
	}

	@Test
	void anAdministratorRebuildsTheIndexAndReadsHowManyServicesAndHowLongInFrench() {
		RegisterOrganization organization = organization("Asbl Quenouille", "21001", 50.836, 4.309);
		this.directory.register(organization);
		this.directory.register(french(organization, "Permanence Quenouille", "Écoute", AreaLevel.REGION, List.of()),
				"test");
		WebSession admin = signedIn("admin@demo.maillage.brussels", "fr");
		String page = admin.get("/staff/repertoire").body();
		assertThat(page).contains("Reconstruire l&#39;index de recherche")
			.contains("action=\"/admin/directory/search-index\"");

		HttpResponse<String> posted = admin.post("/admin/directory/search-index", Map.of());
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/staff/repertoire");
		String result = admin.get("/staff/repertoire").body();
		Matcher said = Pattern
			.compile("Index de recherche reconstruit : " + COUNT + " services indexés en ([0-9]+,[0-9]) s\\.")
			.matcher(result);
		assertThat(said.find()).as("the result in French, with a decimal comma: %s", result).isTrue();
		assertThat(number(said.group(1))).isEqualTo(servicesInTheDatabase());
		assertThat(this.directory.search(SearchQuery.of("quenouille", Place.NOWHERE)).hits())
			.extracting((hit) -> hit.name().fr())
			.containsExactly("Permanence Quenouille");

		assertThat(this.audit.forRecord("directory", "search-index")).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("directory.search-index.rebuilt");
			assertThat(entry.actor()).isEqualTo("admin@demo.maillage.brussels");
			assertThat(entry.details()).startsWith(AuditLog.details("index-rebuilt", number(said.group(1))) + "|");
		});
	}

	@Test
	void theResultIsWrittenInDutchForADutchReader() {
		WebSession admin = signedIn("admin@demo.maillage.brussels", "nl");
		assertThat(admin.get("/staff/repertoire").body()).contains("Zoekindex opnieuw opbouwen");
		admin.post("/admin/directory/search-index", Map.of());
		String result = admin.get("/staff/repertoire").body();
		Matcher said = Pattern
			.compile("Zoekindex opnieuw opgebouwd: " + COUNT + " diensten geïndexeerd in ([0-9]+,[0-9]) s\\.")
			.matcher(result);
		assertThat(said.find()).as(result).isTrue();
		assertThat(number(said.group(1))).isEqualTo(servicesInTheDatabase());
	}

	@Test
	void otherStaffNeitherSeeNorUseTheButton() {
		WebSession staff = signedIn("nord@demo.maillage.brussels", "fr");
		String page = staff.get("/staff/repertoire").body();
		assertThat(page).contains("Gérer le répertoire").doesNotContain("Reconstruire l&#39;index");
		int before = this.audit.forRecord("directory", "search-index").size();
		assertThat(staff.post("/admin/directory/search-index", Map.of()).statusCode()).isEqualTo(403);
		assertThat(this.audit.forRecord("directory", "search-index")).hasSize(before);
	}

	@Test
	void aPostWithoutAValidFormTokenIsRefused() {
		WebSession admin = signedIn("admin@demo.maillage.brussels", "fr");
		int before = this.audit.forRecord("directory", "search-index").size();
		// Posted at once after signing in, with the token of the login page (replaced at
		// sign-in), not that of a page showing the button.
		assertThat(admin.post("/admin/directory/search-index", Map.of()).statusCode()).isEqualTo(403);
		assertThat(this.audit.forRecord("directory", "search-index")).hasSize(before);
	}

}

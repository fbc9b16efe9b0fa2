package brussels.maillage.directory.services;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.search.IndexContents;
import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public directory pages, over real HTTP and without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryWebTests {

	private static final Pattern SERVICE_LINK = Pattern.compile("href=\"(/repertoire/services/[0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	@Test
	void offersTheSearchOnTheHomePageAndInTheNavigation() {
		String home = new WebSession(this.port).get("/").body();
		assertThat(home).contains("action=\"/repertoire\"").contains("href=\"/repertoire\"");
	}

	@Test
	void searchesForAPersonsCommuneAndSaysWhyEachServiceIsThere() {
		HttpResponse<String> page = new WebSession(this.port).get("/repertoire?commune=21015");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("services trouvés")
			.contains("Pourquoi ici")
			.contains("<option value=\"21015\" selected=\"selected\">");
		int commune = page.body().indexOf("sert votre commune");
		int region = page.body().indexOf("sert toute la région");
		assertThat(commune).isPositive();
		assertThat(region < 0 || commune < region).as("services of the commune come before regional ones").isTrue();
		String search = new WebSession(this.port).get("/repertoire?q=aide+familiale&commune=21015").body();
		int elsewhere = search.indexOf("sert un autre territoire");
		assertThat(search.indexOf("sert toute la région")).isPositive();
		assertThat(elsewhere < 0 || search.indexOf("sert toute la région") < elsewhere).isTrue();
	}

	@Test
	void searchesInDutch() {
		String page = new WebSession(this.port).language("nl").get("/repertoire?q=thuisverpleging").body();
		assertThat(page).contains("<html lang=\"nl\"").contains("diensten gevonden").doesNotContain("??");
	}

	@Test
	void offersEveryCommuneByItsNameInTheReadersLanguage() {
		String dutch = new WebSession(this.port).language("nl").get("/repertoire").body();
		String french = new WebSession(this.port).get("/repertoire").body();
		assertThat(dutch).contains("<option value=\"21016\">Ukkel</option>")
			.contains("<option value=\"21013\">Sint-Gillis</option>");
		assertThat(french).contains("<option value=\"21016\">Uccle</option>")
			.contains("<option value=\"21013\">Saint-Gilles</option>");
		assertThat(Pattern.compile("<option value=\"21\\d{3}\"").matcher(french).results().count()).isEqualTo(19);
	}

	@Test
	void offersEveryThemeInTheReadersLanguageWithTheChosenOneSelected() {
		String dutch = new WebSession(this.port).language("nl").get("/repertoire?theme=home_care").body();
		assertThat(dutch).contains("<option value=\"home_care\" selected=\"selected\">Thuishulp en thuiszorg</option>")
			.contains("<option value=\"family_help\">– Gezinszorg</option>");
		String french = new WebSession(this.port).get("/repertoire").body();
		assertThat(french).contains("<option value=\"family_help\">– Aide familiale</option>")
			.doesNotContain("selected=\"selected\">– ");
	}

	@Test
	void pagesThroughResultsAndIgnoresNonsenseParameters() {
		WebSession session = new WebSession(this.port);
		assertThat(session.get("/repertoire").body()).contains("rel=\"next\"");
		for (String query : new String[] { "page=-4", "page=abc", "page=99999999999999", "kind=NOPE",
				"commune=%3Cscript%3E", "language=xx" }) {
			HttpResponse<String> page = session.get("/repertoire?" + query);
			assertThat(page.statusCode()).as(query).isEqualTo(200);
			assertThat(page.body()).as(query).doesNotContain("<script>\"");
		}
	}

	@Test
	void showsAPrintableServicePageWithStructuredDataAndItsLastCheck() {
		WebSession session = new WebSession(this.port);
		Matcher link = SERVICE_LINK.matcher(session.get("/repertoire?q=maison+medicale").body());
		assertThat(link.find()).isTrue();
		HttpResponse<String> page = session.get(link.group(1));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"")
			.contains("\"@type\":\"Service\"")
			.containsAnyOf("Informations vérifiées le", "Informations pas encore vérifiées");
		assertThat(session.get("/repertoire/services/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryService directory;

	@Test
	void rebuildsTheSearchIndexOnAnAdministratorsCommandOnly() {
		WebSession anonymous = new WebSession(this.port);
		assertThat(anonymous.json("POST", "/api/admin/directory/search-index", null, null).statusCode()).isEqualTo(401);
		assertThat(IndexContents.of(this.context).rebuild()).isEqualTo(this.directory.countServices());
		assertThat(anonymous.get("/repertoire?q=aide+familiale").body()).contains("services trouvés")
			.doesNotContain(">0 services trouvés");
	}

	@Test
	void answersTheLiveSearchWithTheResultsAloneAsTheWholePageShowsThem() {
		String path = "/repertoire?commune=21015&page=2";
		HttpResponse<String> whole = new WebSession(this.port).get(path);
		HttpResponse<String> live = new WebSession(this.port).get(path, Map.of("HX-Request", "true"));
		assertThat(live.statusCode()).isEqualTo(200);
		assertThat(live.body().strip()).startsWith("<section id=\"results\"").endsWith("</section>");
		String results = whole.body()
			.substring(whole.body().indexOf("<section id=\"results\""),
					whole.body().indexOf("</section>", whole.body().indexOf("<section id=\"results\"")) + 10);
		assertThat(live.body().strip()).isEqualTo(results).contains("Pourquoi ici").contains("rel=\"prev\"");
		// Both answers vary with the header, so that no cache serves one for the other.
		assertThat(live.headers().allValues("Vary")).anyMatch((vary) -> vary.contains("HX-Request"));
		assertThat(whole.headers().allValues("Vary")).anyMatch((vary) -> vary.contains("HX-Request"));
		// htmx restoring a page of its history needs the whole page.
		HttpResponse<String> restored = new WebSession(this.port).get(path,
				Map.of("HX-Request", "true", "HX-History-Restore-Request", "true"));
		assertThat(restored.body()).contains("<html lang=\"fr\"").contains("<form class=\"search-form");
	}

	@Test
	void opensNoSessionForAnAnonymousSearch() {
		HttpResponse<String> page = new WebSession(this.port).get("/repertoire?q=aide+familiale&lang=nl");
		assertThat(page.statusCode()).isEqualTo(200);
		// Only the reader's language choice is kept, in its own cookie.
		assertThat(page.headers().allValues("Set-Cookie")).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("maillage-lang=nl"));
		assertThat(page.body()).doesNotContain("name=\"_csrf\"");
	}

}

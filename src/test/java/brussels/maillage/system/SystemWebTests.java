package brussels.maillage.system;

import java.net.http.HttpResponse;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout, languages, error answers and operational endpoints, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SystemWebTests {

	@LocalServerPort
	int port;

	@Test
	void servesTheHomePageInFrenchByDefault() {
		HttpResponse<String> home = new WebSession(this.port).language("").get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"fr\"").contains("Trouver la bonne aide");
	}

	@Test
	void servesDutchToABrowserAskingForBelgianDutch() {
		HttpResponse<String> home = new WebSession(this.port).language("nl-BE,nl;q=0.9,fr;q=0.5").get("/");
		assertThat(home.body()).contains("<html lang=\"nl\"").contains("De juiste hulp vinden");
	}

	@Test
	void remembersTheLanguageChosenWithTheSwitch() {
		WebSession session = new WebSession(this.port).language("nl-BE");
		assertThat(session.get("/?lang=en").body()).contains("<html lang=\"en\"");
		assertThat(session.get("/").body()).contains("<html lang=\"en\"").contains("Finding the right help");
	}

	@Test
	void ignoresAnUnsupportedLanguageChoice() {
		assertThat(new WebSession(this.port).get("/?lang=xx").body()).contains("<html lang=\"fr\"");
	}

	@Test
	void answersAnUnknownApiPathWithAProblemDocument() {
		HttpResponse<String> response = new WebSession(this.port).get("/api/nope");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").contains("\"instance\":\"/api/nope\"");
	}

	@Test
	void answersAnUnknownPageWithALocalizedPageWithoutInternals() {
		HttpResponse<String> response = new WebSession(this.port).language("nl").get("/nergens/te/vinden");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"nl\"").contains("Pagina niet gevonden");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void survivesHostileInputInAddressesAndHeaders() {
		WebSession session = new WebSession(this.port).language("$$$,;q=abc");
		for (String path : new String[] { "/?lang=%00", "/api/%25%25", "/%2e%2e/%2e%2e/etc/passwd",
				"/login?error=%3Cscript%3E" }) {
			HttpResponse<String> response = session.get(path);
			assertThat(response.statusCode()).as(path).isLessThan(500);
			assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("<script>");
		}
	}

	@Test
	void sendsSecurityHeaders() {
		var headers = new WebSession(this.port).get("/").headers();
		assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'"));
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void exposesHealthProbesPubliclyAndMetricsOnlyToAdministrators() {
		WebSession session = new WebSession(this.port);
		assertThat(session.get("/actuator/health/liveness").body()).contains("UP");
		HttpResponse<String> readiness = session.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(session.get("/actuator/prometheus").statusCode()).isEqualTo(401);
	}

	@Test
	void describesTheApiWithOpenApi() {
		HttpResponse<String> description = new WebSession(this.port).get("/api/openapi");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("\"/api/me\"").contains("\"openapi\"");
	}

	@Test
	void offersABrowsableApiDescription() {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> docs = session.get("/api/docs");
		assertThat(docs.statusCode()).isEqualTo(302);
		String location = docs.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> ui = session.get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'"));
	}

	@Test
	void servesItsAssetsFromTheApplication() {
		WebSession session = new WebSession(this.port);
		assertThat(session.get("/css/maillage.css").statusCode()).isEqualTo(200);
		HttpResponse<String> htmx = session.get("/webjars/htmx.org/dist/htmx.min.js", Map.of());
		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.body()).contains("htmx");
		for (String asset : new String[] { "/css/maillage.css", "/favicon.svg", "/js/directory-map.js" }) {
			HttpResponse<String> response = session.get(asset, Map.of());
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(asset).hasValue("max-age=3600");
		}
		assertThat(session.get("/css/none.css", Map.of()).statusCode()).isEqualTo(404);
		// Pages link the webjars by version, so that a new version is not read from a
		// cache.
		assertThat(session.get("/").body()).containsPattern("/webjars/htmx\\.org/\\d[^/\"]*/dist/htmx\\.min\\.js");
	}

}

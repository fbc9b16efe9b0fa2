package brussels.maillage.territory.pages;

import java.net.http.HttpResponse;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory's JSON API and pages over real HTTP: shapes, problem documents for bad
 * input, and the public pages in French and Dutch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TerritoryWebTests {

	@LocalServerPort
	int port;

	@Test
	void listsTheFiveBassinsWithoutAToken() {
		HttpResponse<String> response = session().get("/api/territory/bassins");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"code\":\"NORD\"", "\"code\":\"NORD_EST\"", "\"code\":\"SUD\"",
				"\"code\":\"SUD_EST\"", "\"code\":\"CENTRE_OUEST\"", "\"status\":\"INFERRED\"");
	}

	@Test
	void givesABassinWithItsGeometryOnRequest() {
		HttpResponse<String> plain = session().get("/api/territory/bassins/NORD");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.body()).contains("\"21004E\"").contains("\"geometry\":null");
		HttpResponse<String> withGeometry = session().get("/api/territory/bassins/NORD?geometry=true");
		assertThat(withGeometry.body()).contains("\"type\":\"FeatureCollection\"", "\"coordinates\":[[[");
		HttpResponse<String> unknown = session().get("/api/territory/bassins/EST");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void placesAPointAndAPostcode() {
		HttpResponse<String> laeken = session().get("/api/territory/place?lat=50.8867&lon=4.3520");
		assertThat(laeken.statusCode()).isEqualTo(200);
		assertThat(laeken.body()).contains("\"certainty\":\"EXACT\"", "\"bassin\":\"NORD\"",
				"\"submunicipality\":\"21004E\"", "\"region\":\"BE-BRU\"");
		HttpResponse<String> ixelles = session().get("/api/territory/place?postcode=1050");
		assertThat(ixelles.body()).contains("\"certainty\":\"AMBIGUOUS\"", "\"communeNis\":\"21009\"",
				"\"communeNis\":\"21004\"");
		HttpResponse<String> antwerp = session().get("/api/territory/place?lat=51.2194&lon=4.4025");
		assertThat(antwerp.body()).contains("\"certainty\":\"OUTSIDE\"");
	}

	@Test
	void answersBadInputWithAProblemNeverA500() {
		assertProblem("/api/territory/place?postcode=2000", 422, "2000");
		assertProblem("/api/territory/place?postcode=10x0", 400, "four digits");
		assertProblem("/api/territory/place?lat=abc&lon=4.35", 400, "decimal number");
		assertProblem("/api/territory/place?lat=95&lon=4.35", 400, "between -90 and 90");
		assertProblem("/api/territory/place?lat=50.85&lon=200", 400, "between -180 and 180");
		assertProblem("/api/territory/place?lat=50.85", 400, "give both or neither");
		assertProblem("/api/territory/place?lat=NaN&lon=4.35", 400, "decimal number");
		assertProblem("/api/territory/place", 400, "give a postcode");
		assertProblem("/api/territory/bassins/NORD?geometry=maybe", 400, null);
	}

	@Test
	void showsTheRegionAndABassinInFrenchAndDutch() {
		HttpResponse<String> region = session().get("/territoire");
		assertThat(region.statusCode()).isEqualTo(200);
		assertThat(region.body()).contains("La Région de Bruxelles-Capitale et ses cinq bassins", "Bassin Nord-Est",
				"Niveau régional", "BRUXELLES-RUE DE LA LOI", "Source : Statbel", "/dist/leaflet.js");
		HttpResponse<String> nord = session().language("nl").get("/territoire/NORD");
		assertThat(nord.body()).contains("<html lang=\"nl\"", "Zorgzone Noord", "BRUSSEL-LAKEN", "geverifieerd",
				"Bron: Statbel");
		assertThat(session().get("/territoire/NOWHERE").statusCode()).isEqualTo(404);
	}

	@Test
	void placesWhatAUserTypesInThePlaceBox() {
		HttpResponse<String> page = session().get("/territoire/placer?postcode=1050");
		assertThat(page.body()).contains("Ambigu", "Ixelles", "BRUXELLES-LOUISE");
		HttpResponse<String> point = session().get("/territoire/placer?postcode=&lat=50,8676&lon=4,3737");
		assertThat(point.body()).contains("Déduit", "Schaerbeek", "Bassin Nord-Est");
		HttpResponse<String> wrong = session().get("/territoire/placer?postcode=2000");
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("error-summary",
				"Ce code postal n&#39;est pas un code postal de la Région de Bruxelles-Capitale");
	}

	@Test
	void letsAPersonChooseThePartOfBrusselsWhenAPostcodeCoversSeveralBassins() {
		String page = session().get("/territoire/placer?postcode=1000").body();
		// Pentagone (21004A) is deduced to be Centre-Ouest, Louise (21004C) Sud
		// (territory/submunicipalities.csv): the table names their bassins.
		String pentagone = row(page, "21004A");
		assertThat(pentagone).contains("Bassin Centre-Ouest", "déduite", "area=21004A");
		assertThat(row(page, "21004C")).contains("Bassin Sud");
		assertThat(row(page, "21004B")).contains("Niveau régional");
		// 705 streets of 1000 lie in the City of Brussels: said once, not on each part.
		assertThat(page.split(">705<", -1)).hasSize(2);
		assertThat(page).doesNotContain("Postcode 1000 does not determine", "en anglais");
		assertThat(page).contains("Choisissez dans le tableau la partie");

		String laeken = session().get("/territoire/placer?area=21004E&postcode=1000").body();
		assertThat(laeken).contains("Exact", "Bassin Nord", "Vous avez choisi BRUXELLES-LAEKEN")
			.contains("<option value=\"21004E\" selected=\"selected\">");
		String anderlecht = new WebSession(this.port).language("nl").get("/territoire/placer?area=21001").body();
		assertThat(anderlecht).contains("Zorgzone Centrum-West", "U koos Anderlecht.");
		String brussels = session().get("/territoire/placer?area=21004").body();
		assertThat(brussels).contains("error-summary");
		String unknown = session().get("/territoire/placer?area=21099Z").body();
		assertThat(unknown).contains("error-summary", "Choisissez une commune ou une partie de commune de la liste");
	}

	private static String row(String page, String code) {
		int at = page.indexOf("(<span>" + code + "</span>)");
		assertThat(at).as("a row for " + code).isPositive();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	@Test
	void documentsTheApiInOpenApi() {
		HttpResponse<String> openApi = session().get("/api/openapi");
		assertThat(openApi.statusCode()).isEqualTo(200);
		assertThat(openApi.body()).contains("/api/territory/place", "/api/territory/bassins/{code}",
				"Place a postcode, a point, or both");
	}

	@Test
	void addsTheTerritoryToTheHomePage() {
		assertThat(session().get("/").body()).contains("href=\"/territoire/SUD\"", "home-postcode");
	}

	private void assertProblem(String path, int status, String detail) {
		HttpResponse<String> response = session().get(path, Map.of("Accept", "application/json"));
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		if (detail != null) {
			assertThat(response.body()).as(path).contains(detail);
		}
	}

	private WebSession session() {
		return new WebSession(this.port);
	}

}

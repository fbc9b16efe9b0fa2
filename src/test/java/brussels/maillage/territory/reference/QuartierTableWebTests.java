package brussels.maillage.territory.reference;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload page shows what is wrong with a table, line by line, in the reader's
 * language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuartierTableWebTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheErrorsOfARefusedTableWithTheirLines() {
		WebSession admin = new WebSession(this.port).language("nl");
		admin.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		assertThat(admin.get("/admin/territory/quartiers").statusCode()).isEqualTo(200);
		String csv = "sector;quartier;quartier_name_fr;quartier_name_nl;bassin\n21001A00-;Q1;Cureghem;Kuregem;NORD\n"
				+ "nope;Q1;Cureghem;Kuregem;NORD\n";
		HttpResponse<String> refused = admin.postFile("/admin/territory/quartiers", "file", "annexe.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("De tabel annexe.csv is geweigerd")
			.contains("Sector „nope” is geen Brusselse statistische sector.")
			.contains("<td>3</td>");
	}

	@Test
	void isForAdministratorsOnly() {
		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", "demo-maillage-2026");
		assertThat(staff.get("/admin/territory/quartiers").statusCode()).isEqualTo(403);
	}

}

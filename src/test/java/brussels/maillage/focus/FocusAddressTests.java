package brussels.maillage.focus;

import java.net.http.HttpResponse;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repertoire's public address typed with capitals (from a printed brochure, a mail)
 * leads to its page at its own lower-case address, permanently; an address that is not
 * one of a repertoire, whatever its case, is still not found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FocusAddressTests {

	@LocalServerPort
	int port;

	@Test
	void anAddressWithCapitalsLeadsToTheLowerCaseOne() {
		WebSession visitor = new WebSession(this.port);
		for (String typed : new String[] { "Fin-De-Vie", "FIN-DE-VIE", "fin-de-Vie" }) {
			HttpResponse<String> answer = visitor.get("/focus/" + typed);
			assertThat(answer.statusCode()).as(typed).isEqualTo(301);
			assertThat(answer.headers().firstValue("Location")).as(typed)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/focus/fin-de-vie"));
		}
		assertThat(visitor.get("/focus/fin-de-vie").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/focus/Pas-Un-Repertoire").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/focus/pas-un-repertoire").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/focus/Fin%20de%20Vie!").statusCode()).isEqualTo(404);
	}

}

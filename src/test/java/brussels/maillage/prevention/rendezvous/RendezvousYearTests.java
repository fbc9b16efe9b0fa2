package brussels.maillage.prevention.rendezvous;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import brussels.maillage.WebSession;
import brussels.maillage.system.forms.FormPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff figures of the Rendez-vous asked for a year they cannot read (not a number,
 * negative, five digits): the page says so next to the year field in the reader's
 * language, keeps what was typed there and still shows this year's figures, as its
 * caption says; it never shows another year as if it had been asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RendezvousYearTests {

	@LocalServerPort
	int port;

	@Autowired
	RendezvousService rendezvous;

	@Test
	void aYearThatCannotBeReadIsSaidNextToTheFieldWithWhatWasTypedKept() {
		int thisYear = this.rendezvous.today().getYear();
		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", "demo-maillage-2026");
		String[][] expected = { { "fr", "Cette année n'est pas comprise : les chiffres affichés sont ceux de " },
				{ "nl", "Dit jaar wordt niet begrepen: de getoonde cijfers zijn die van " },
				{ "en", "This year is not understood: the figures shown are those of " } };
		for (String typed : new String[] { "abc", "-5", "99999", "1999" }) {
			for (String[] language : expected) {
				HttpResponse<String> answer = nord.language(language[0])
					.get("/staff/prevention/rendezvous?year=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
				assertThat(answer.statusCode()).as(typed).isEqualTo(200);
				FormPage page = new FormPage(answer.body());
				assertThat(page.value("year")).as(typed).isEqualTo(typed);
				assertThat(answer.body()).as(typed)
					.containsPattern("<p class=\"error-message\" id=\"year-error\">\\s*<span class=\"visually-hidden\">"
							+ "[^<]+</span> " + java.util.regex.Pattern.quote(unescaped(language[1]) + thisYear + "."))
					.containsPattern("<input[^>]*id=\"year\"[^>]*aria-invalid=\"true\"")
					.containsPattern("<input[^>]*id=\"year\"[^>]*aria-describedby=\"year-error\"")
					.contains("id=\"figures\"")
					.contains("id=\"figures-nord\"");
			}
		}
	}

	@Test
	void aYearThatCanBeReadShowsItsFiguresWithoutAMessage() {
		WebSession nord = new WebSession(this.port);
		nord.login("nord@demo.maillage.brussels", "demo-maillage-2026");
		for (String typed : new String[] { "2024", " 2025 ", "" }) {
			HttpResponse<String> answer = nord
				.get("/staff/prevention/rendezvous?year=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).as(typed).doesNotContain("year-error").doesNotContain("aria-invalid");
		}
		assertThat(nord.get("/staff/prevention/rendezvous?year=2024").body())
			.contains("Rendez-vous de 2024 par bassin");
	}

	/** The page writes an apostrophe as an HTML entity. */
	private static String unescaped(String text) {
		return text.replace("'", "&#39;");
	}

}

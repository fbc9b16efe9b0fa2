package brussels.maillage.palliative;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.system.forms.FormPage;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The palliative team's referent groups, volunteers and figures pages asked for a year
 * they cannot read: the page is shown (not a bare 400, nor this year's figures without a
 * word), says next to the year field in the reader's language that the year was not
 * understood and which year is shown, and keeps what was typed in the field, as the other
 * pages with a year field do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PalliativeYearTests {

	private static final String[][] MESSAGES = {
			{ "fr", "Cette année n&#39;est pas comprise : les chiffres affichés sont ceux de " },
			{ "nl", "Dit jaar wordt niet begrepen: de getoonde cijfers zijn die van " },
			{ "en", "This year is not understood: the figures shown are those of " } };

	/** The pages with a year field; the figures page joined them in session 20. */
	private static final String[] PAGES = { "/staff/palliative/referents", "/staff/palliative/volunteers",
			"/staff/palliative/figures" };

	@LocalServerPort
	int port;

	@Test
	void aYearThatCannotBeReadIsSaidNextToTheFieldOfEachPage() {
		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", "demo-maillage-2026");
		int thisYear = java.time.Year.now().getValue();
		for (String base : PAGES) {
			for (String typed : new String[] { "abc", "-5", "99999", "2024x" }) {
				for (String[] language : MESSAGES) {
					HttpResponse<String> answer = team.language(language[0])
						.get(base + "?year=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
					String what = base + " " + typed + " " + language[0];
					assertThat(answer.statusCode()).as(what).isEqualTo(200);
					FormPage page = new FormPage(answer.body());
					assertThat(page.value("year")).as(what).isEqualTo(typed);
					assertThat(page.errorNextTo("year")).as(what)
						.matches(Pattern.quote(language[1].replace("&#39;", "'")) + "(" + thisYear + "|"
								+ (thisYear - 1) + "|" + (thisYear + 1) + ")\\..*");
				}
			}
		}
	}

	@Test
	void aYearThatCanBeReadIsShownWithoutAMessage() {
		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", "demo-maillage-2026");
		for (String base : PAGES) {
			HttpResponse<String> answer = team.get(base + "?year=2024");
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(new FormPage(answer.body()).value("year")).isEqualTo("2024");
			assertThat(answer.body()).doesNotContain("year-error");
			assertThat(team.get(base).body()).doesNotContain("year-error");
		}
	}

}

package brussels.maillage.prevention.themes;

import java.time.YearMonth;
import java.util.List;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's Info prévention calendar against the 2024 activity report ("Octobre 2024:
 * Cancer du sein, Novembre 2024: Diabète de type 2, Décembre 2024: IST" and the 2025
 * calendar, month by month), 2026 taking up 2025, and the month's theme on the home page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoCalendarTests {

	/** The 2025 calendar as the report lists it (01 to 12). */
	private static final List<String> REPORT_2025 = List.of("Cancer du col de l'utérus", "Dépendance à l'alcool",
			"Cancer colorectal", "Tuberculose", "Tabac", "Assuétudes (réduction des risques)", "Hydratation",
			"Cancer de la peau et soleil", "Vaccination", "Cancer du sein", "Diabète", "VIH et IST");

	@LocalServerPort
	int port;

	@Autowired
	ThemeService themes;

	@Test
	void theCalendarFollowsTheReportAnd2026TakesUp2025() {
		assertThat(this.themes.calendar(2024)).extracting((theme) -> theme.month() + " " + theme.title().fr())
			.containsExactly("10 Cancer du sein", "11 Diabète de type 2",
					"12 Infections sexuellement transmissibles (IST)");
		assertThat(this.themes.calendar(2025)).extracting((theme) -> theme.title().fr())
			.containsExactlyElementsOf(REPORT_2025);
		assertThat(this.themes.calendar(2026)).extracting((theme) -> theme.title().fr())
			.containsExactlyElementsOf(REPORT_2025);
		assertThat(this.themes.calendar(2026)).allMatch((theme) -> theme.title().nl() != null);
	}

	@Test
	void theHomePageShowsTheMonthsThemeIn2026() {
		YearMonth now = this.themes.thisMonth();
		if (now.getYear() == 2026) {
			assertThat(new WebSession(this.port).get("/?lang=fr").body())
				.contains(REPORT_2025.get(now.getMonthValue() - 1));
		}
		assertThat(this.themes.calendar(now.getYear())).as("a theme for " + now).isNotEmpty();
	}

}

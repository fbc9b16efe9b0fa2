package brussels.maillage.prevention.themes;

import java.time.YearMonth;

import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Info prévention calendar of the 2024 activity report: October to December 2024 and
 * the twelve themes of 2025; and 2026, which takes up the months of 2025 (the report
 * gives no later calendar), so the home page shows the month's theme.
 */
@Component
class ThemeDemoData {

	private static final Logger log = LoggerFactory.getLogger(ThemeDemoData.class);

	private final DemoMode demoMode;

	private final ThemeService themes;

	ThemeDemoData(DemoMode demoMode, ThemeService themes) {
		this.demoMode = demoMode;
		this.themes = themes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.demoMode.enabled()) {
			return;
		}
		long before = this.themes.countThemes();
		save(2024, 10, "Cancer du sein", "Borstkanker", "Breast cancer");
		save(2024, 11, "Diabète de type 2", "Diabetes type 2", "Type 2 diabetes");
		save(2024, 12, "Infections sexuellement transmissibles (IST)", "Seksueel overdraagbare aandoeningen (soa)",
				"Sexually transmitted infections (STIs)");
		save(2025, 1, "Cancer du col de l'utérus", "Baarmoederhalskanker", "Cervical cancer");
		save(2025, 2, "Dépendance à l'alcool", "Alcoholverslaving", "Alcohol dependence");
		save(2025, 3, "Cancer colorectal", "Darmkanker", "Colorectal cancer");
		save(2025, 4, "Tuberculose", "Tuberculose", "Tuberculosis");
		save(2025, 5, "Tabac", "Tabak", "Tobacco");
		save(2025, 6, "Assuétudes (réduction des risques)", "Verslaving (schadebeperking)",
				"Addictions (harm reduction)");
		save(2025, 7, "Hydratation", "Hydratatie", "Hydration");
		save(2025, 8, "Cancer de la peau et soleil", "Huidkanker en zon", "Skin cancer and sun");
		save(2025, 9, "Vaccination", "Vaccinatie", "Vaccination");
		save(2025, 10, "Cancer du sein", "Borstkanker", "Breast cancer");
		save(2025, 11, "Diabète", "Diabetes", "Diabetes");
		save(2025, 12, "VIH et IST", "Hiv en soa", "HIV and STIs");
		// The report gives the calendar up to 2025; the demo's 2026 takes up the months
		// of
		// 2025, each tied to the same awareness month or day.
		for (int month = 1; month <= 12; month++) {
			this.themes.theme(YearMonth.of(2025, month))
				.ifPresent((theme) -> save(2026, theme.month(), theme.title().fr(), theme.title().nl(),
						theme.title().en()));
		}
		if (this.themes.countThemes() > before) {
			log.info("Demo Info prévention calendar loaded");
		}
	}

	/**
	 * Saves a month's theme unless that month has one (an older demo gains what it
	 * lacks).
	 */
	private void save(int year, int month, String fr, String nl, String en) {
		if (this.themes.theme(YearMonth.of(year, month)).isEmpty()) {
			this.themes.saveTheme(YearMonth.of(year, month), LocalizedText.of(fr, nl, en));
		}
	}

}

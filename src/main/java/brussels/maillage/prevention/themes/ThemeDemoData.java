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
 * the twelve themes of 2025.
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
		if (!this.demoMode.enabled() || this.themes.countThemes() > 0) {
			return;
		}
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
		log.info("Demo Info prévention calendar loaded");
	}

	private void save(int year, int month, String fr, String nl, String en) {
		this.themes.saveTheme(YearMonth.of(year, month), LocalizedText.of(fr, nl, en));
	}

}

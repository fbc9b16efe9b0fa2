package brussels.maillage.prevention.themes;

import java.util.HashMap;
import java.util.Map;

import brussels.maillage.system.HomeSection;
import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/** What Info prévention adds to the navigation and the home page (the month's theme). */
@Configuration(proxyBeanMethods = false)
class ThemePagesConfiguration {

	@Bean
	NavigationItem preventionNavigation() {
		return new NavigationItem("prevention.nav", "/prevention", 120, null);
	}

	@Bean
	NavigationItem preventionStaffNavigation() {
		return new NavigationItem("prevention.nav.staff", "/staff/prevention", 520, "STAFF");
	}

	@Bean
	HomeSection preventionThemeSection(ThemeService themes) {
		return new HomeSection() {

			@Override
			public String template() {
				return "prevention/home";
			}

			@Override
			public int order() {
				return 16;
			}

			@Override
			public Map<String, Object> model(Authentication viewer) {
				Map<String, Object> model = new HashMap<>();
				model.put("theme", null);
				model.put("pages", java.util.List.of());
				themes.theme(themes.thisMonth()).ifPresent((theme) -> {
					model.put("theme", theme);
					model.put("pages",
							themes.publishedIn(theme.year())
								.stream()
								.filter((page) -> page.theme().id().equals(theme.id()))
								.toList());
				});
				return model;
			}

		};
	}

}

package brussels.maillage.focus.repertoires;

import java.util.Map;

import brussels.maillage.focus.FocusService;
import brussels.maillage.system.HomeSection;
import brussels.maillage.system.NavigationItem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/** What Focus adds to the navigation and the home page. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FocusProperties.class)
class FocusPages {

	@Bean
	NavigationItem focusNavigation() {
		return new NavigationItem("focus.nav", "/focus", 110, null);
	}

	@Bean
	NavigationItem focusEditorNavigation() {
		return new NavigationItem("focus.nav.staff", "/staff/focus", 510, "STAFF");
	}

	@Bean
	HomeSection focusSection(FocusService focus) {
		return new HomeSection() {

			@Override
			public String template() {
				return "focus/home";
			}

			@Override
			public int order() {
				return 15;
			}

			@Override
			public Map<String, Object> model(Authentication viewer) {
				return Map.of("repertoires", focus.published());
			}

		};
	}

}

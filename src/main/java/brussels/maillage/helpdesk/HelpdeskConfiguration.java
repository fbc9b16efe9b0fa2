package brussels.maillage.helpdesk;

import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The helpdesk's entry in the navigation (staff only; its settings are enabled in
 * {@code helpdesk.settings}).
 */
@Configuration(proxyBeanMethods = false)
class HelpdeskConfiguration {

	@Bean
	NavigationItem helpdeskNavigation() {
		return new NavigationItem("helpdesk.nav", "/staff/helpdesk", 40, "STAFF");
	}

}

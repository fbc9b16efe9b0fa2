package brussels.maillage.helpdesk;

import brussels.maillage.system.NavigationItem;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The helpdesk's settings and its entry in the navigation (staff only). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpdeskProperties.class)
class HelpdeskConfiguration {

	@Bean
	NavigationItem helpdeskNavigation() {
		return new NavigationItem("helpdesk.nav", "/staff/helpdesk", 40, "STAFF");
	}

}

package brussels.maillage.helpdesk;

import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The helpdesk's entry in the navigation (staff only). Its settings
 * ({@code maillage.helpdesk.*}) are read where they are used: the requests'
 * {@code HelpdeskProperties} and the lines' {@code MailboxSettings}.
 */
@Configuration(proxyBeanMethods = false)
class HelpdeskConfiguration {

	@Bean
	NavigationItem helpdeskNavigation() {
		return new NavigationItem("helpdesk.nav", "/staff/helpdesk", 40, "STAFF");
	}

}

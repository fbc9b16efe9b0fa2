package brussels.maillage.governance.bodies;

import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What governance adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class GovernancePages {

	@Bean
	NavigationItem governanceStaffNavigation() {
		return new NavigationItem("governance.nav.staff", "/staff/governance", 520, "STAFF");
	}

	@Bean
	NavigationItem governanceSynthesesNavigation() {
		return new NavigationItem("governance.nav.syntheses", "/gouvernance/syntheses", 120, null);
	}

}

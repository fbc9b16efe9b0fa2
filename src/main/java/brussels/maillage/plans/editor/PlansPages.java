package brussels.maillage.plans.editor;

import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the plans add to the navigation. */
@Configuration(proxyBeanMethods = false)
class PlansPages {

	@Bean
	NavigationItem plansStaffNavigation() {
		return new NavigationItem("plans.nav.staff", "/staff/plans", 530, "STAFF");
	}

}

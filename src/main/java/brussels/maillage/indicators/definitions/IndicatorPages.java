package brussels.maillage.indicators.definitions;

import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the indicators add to the navigation. */
@Configuration(proxyBeanMethods = false)
class IndicatorPages {

	@Bean
	NavigationItem indicatorsNavigation() {
		return new NavigationItem("indicators.nav", "/staff/indicators", 560, "STAFF");
	}

}

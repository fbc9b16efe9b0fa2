package brussels.maillage.prevention.rendezvous;

import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the Rendez-vous add to the staff navigation. */
@Configuration(proxyBeanMethods = false)
class RendezvousPages {

	@Bean
	NavigationItem rendezvousNavigation() {
		return new NavigationItem("prevention.nav.rdv", "/staff/prevention/rendezvous", 521, "STAFF");
	}

}

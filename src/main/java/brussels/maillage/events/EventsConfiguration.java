package brussels.maillage.events;

import java.util.List;

import brussels.maillage.identity.PublicApi;
import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * What the events module adds to the layout and the public API (its settings are enabled
 * in {@code events.settings}).
 */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

	@Bean
	NavigationItem agendaNavigation() {
		return new NavigationItem("events.nav.agenda", "/agenda", 200, null);
	}

	@Bean
	NavigationItem staffEventsNavigation() {
		return new NavigationItem("events.nav.staff", "/staff/events", 210, "STAFF");
	}

	@Bean
	NavigationItem staffOpenDoorsNavigation() {
		return new NavigationItem("events.nav.opendoors", "/staff/portes-ouvertes", 215, "STAFF");
	}

	@Bean
	PublicApi eventsPublicList() {
		return new PublicApi(HttpMethod.GET, List.of("/api/events", "/api/events/**"));
	}

	@Bean
	PublicApi eventsPublicRegistration() {
		return new PublicApi(HttpMethod.POST, List.of("/api/events/*/registrations"));
	}

}

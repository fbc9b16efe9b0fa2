package brussels.maillage.territory.pages;

import java.util.List;
import java.util.Map;

import brussels.maillage.identity.PublicApi;
import brussels.maillage.identity.Role;
import brussels.maillage.system.HomeSection;
import brussels.maillage.system.NavigationItem;
import brussels.maillage.territory.TerritoryService;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;

/** What the territory adds to the navigation, the home page and the public API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TerritoryProperties.class)
class TerritoryPages {

	@Bean
	PublicApi territoryApi() {
		return new PublicApi(HttpMethod.GET, List.of("/api/territory/**"));
	}

	@Bean
	NavigationItem territoryNavigation() {
		return new NavigationItem("nav.territory", "/territoire", 100, null);
	}

	@Bean
	NavigationItem territoryAdminNavigation() {
		return new NavigationItem("nav.territoryAdmin", "/admin/territory", 920, Role.ADMIN.name());
	}

	@Bean
	HomeSection territorySection(TerritoryService territory) {
		return new HomeSection() {

			@Override
			public String template() {
				return "territory/home";
			}

			@Override
			public int order() {
				return 20;
			}

			@Override
			public Map<String, Object> model(Authentication viewer) {
				return Map.of("bassins", territory.bassins());
			}

		};
	}

}

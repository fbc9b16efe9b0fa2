package brussels.maillage.directory;

import java.util.List;
import java.util.Map;

import brussels.maillage.identity.PublicApi;
import brussels.maillage.system.HomeSection;
import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;

/** What the directory adds to the layout, the home page and the public API. */
@Configuration(proxyBeanMethods = false)
class DirectoryPages {

	@Bean
	NavigationItem directoryNavigation() {
		return new NavigationItem("nav.directory", "/repertoire", 100, null);
	}

	@Bean
	NavigationItem directoryStaffNavigation() {
		return new NavigationItem("nav.directoryStaff", "/staff/repertoire", 800, "STAFF");
	}

	@Bean
	PublicApi hsdsPublicApi() {
		return new PublicApi(HttpMethod.GET, List.of("/api/hsds", "/api/hsds/**"));
	}

	@Bean
	HomeSection directorySearchSection(DirectoryService directory) {
		return new HomeSection() {

			@Override
			public String template() {
				return "directory/home";
			}

			@Override
			public int order() {
				return 5;
			}

			@Override
			public Map<String, Object> model(Authentication viewer) {
				return Map.of("services", directory.countServices());
			}

		};
	}

}

package brussels.maillage.identity.accounts;

import java.util.Map;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.HomeSection;
import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/** What identity adds to the layout and the home page. */
@Configuration(proxyBeanMethods = false)
class IdentityPages {

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("nav.users", "/admin/users", 900, Role.ADMIN.name());
	}

	@Bean
	NavigationItem secondFactorNavigation() {
		return new NavigationItem("nav.secondFactor", "/admin/second-factor", 905, Role.ADMIN.name());
	}

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem("nav.audit", "/admin/audit", 910, Role.ADMIN.name());
	}

	@Bean
	HomeSection signedInSection(Accounts accounts) {
		return new HomeSection() {

			@Override
			public String template() {
				return "identity/home";
			}

			@Override
			public int order() {
				return 10;
			}

			@Override
			public boolean visibleTo(Authentication viewer) {
				return viewer != null && viewer.getPrincipal() instanceof CurrentUser;
			}

			@Override
			public Map<String, Object> model(Authentication viewer) {
				CurrentUser user = (CurrentUser) viewer.getPrincipal();
				return Map.of("user", user, "teams",
						accounts.teams()
							.stream()
							.filter((team) -> user.territories().contains(team.territory()))
							.toList());
			}

		};
	}

}

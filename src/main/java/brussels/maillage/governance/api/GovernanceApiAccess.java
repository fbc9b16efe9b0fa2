package brussels.maillage.governance.api;

import java.util.List;

import brussels.maillage.identity.PublicApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The governance API is public (counts only, no member's name): it answers without a
 * token, except a body's composition by category, which needs a staff token.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceApiAccess {

	@Bean
	PublicApi governancePublicApi() {
		return new PublicApi(HttpMethod.GET, List.of("/api/governance/bodies", "/api/governance/meetings",
				"/api/governance/syntheses", "/api/governance/proposals", "/api/governance/proposals/*"));
	}

}

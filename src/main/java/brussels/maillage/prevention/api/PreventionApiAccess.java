package brussels.maillage.prevention.api;

import java.util.List;

import brussels.maillage.identity.PublicApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The prevention API is public: it answers without a token. */
@Configuration(proxyBeanMethods = false)
class PreventionApiAccess {

	@Bean
	PublicApi preventionPublicApi() {
		return new PublicApi(HttpMethod.GET, List.of("/api/prevention/**", "/api/publications", "/api/programmes"));
	}

}

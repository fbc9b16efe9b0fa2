package brussels.maillage.identity.tokens;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/**}, with the personal access token as its
 * security scheme.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI maillageOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Maillage API")
				.description("JSON API of Maillage. Errors are RFC 9457 problem documents. Protected endpoints take "
						+ "a personal access token (Authorization: Bearer mlg_...), created on the account page.")
				.version("1"))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("Personal access token")));
	}

}

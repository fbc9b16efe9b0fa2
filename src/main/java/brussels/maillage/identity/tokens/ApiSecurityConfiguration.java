package brussels.maillage.identity.tokens;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import brussels.maillage.identity.PublicApi;
import brussels.maillage.identity.Role;
import brussels.maillage.system.Problems;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The door for scripts: {@code /api/**} and {@code /actuator/**} (personal access tokens,
 * stateless, problem+json errors), and the API's browsable description. The pages for
 * people are the other door ({@code identity.login.SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	ProblemResponses problemResponses(Problems problems, LocaleResolver locales) {
		return new ProblemResponses(problems, locales);
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokens tokens, ProblemResponses problems,
			List<PublicApi> publicApis,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			// No sign-out under /api/ (scripts sign in with a token each request): no
			// logout filter looking at every request for /logout.
			.logout((logout) -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems.unauthorized()),
					AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((authorize) -> {
				authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
				authorize.requestMatchers("/api/openapi", "/api/openapi/**").permitAll();
				authorize.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
				for (PublicApi api : publicApis) {
					authorize.requestMatchers(api.method(), api.patterns().toArray(String[]::new)).permitAll();
				}
				authorize.requestMatchers(unknownApiPath(handlers)).permitAll();
				authorize.requestMatchers("/api/admin/**", "/actuator/**").hasRole(Role.ADMIN.name());
				authorize.anyRequest().authenticated();
			})
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems.unauthorized())
				.accessDeniedHandler(problems.forbidden()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * Swagger UI needs inline styles; it shows only the public description of the API.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiDocumentationSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/docs", "/api/docs/**", "/api/swagger-ui/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * Paths under {@code /api/} that no controller answers: they may pass without a token
	 * so that they get a plain 404 problem rather than a 401 that would suggest they
	 * exist.
	 */
	private static RequestMatcher unknownApiPath(RequestMappingHandlerMapping handlers) {
		return (HttpServletRequest request) -> {
			if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				return false;
			}
			try {
				return handlers.getHandler(request) == null;
			}
			catch (Exception ex) {
				// A known path with another method or media type: a real endpoint, so it
				// stays protected.
				return false;
			}
		};
	}

}

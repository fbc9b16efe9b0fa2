package brussels.maillage.identity.login;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.audit.AuditEntries;
import brussels.maillage.identity.secondfactor.SecondFactorGate;
import brussels.maillage.identity.secondfactor.SecondFactors;
import brussels.maillage.identity.secondfactor.SessionLimits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The door for people: the pages (form login or OpenID Connect, sessions in PostgreSQL);
 * the other door, {@code /api/**} and {@code /actuator/**} for scripts, is
 * {@code identity.tokens.ApiSecurityConfiguration}. Page paths follow one convention:
 * {@code /admin/**} needs ADMIN, {@code /staff/**} needs STAFF, {@code /account/**} a
 * signed-in user; other pages are public. Accounts that can read data about people also
 * need a second factor (TOTP) after the password, and their sessions are limited
 * ({@link SessionLimits}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * No observation of the security filters
	 * (management.observations.enable.spring.security already drops their traces; this
	 * also drops the wrapper around every filter of every request, about a tenth of a
	 * cached API search's CPU).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * New password hashes are PBKDF2-HMAC-SHA256 with 310,000 iterations (ASVS 2.4.3),
	 * which takes passphrases of any length (bcrypt refuses more than 72 bytes); hashes
	 * already stored with bcrypt still match.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(pbkdf2, Map.of(pbkdf2,
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
		return encoder;
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, Accounts accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuditEntries audit, java.time.Clock clock, SecondFactors secondFactors,
			ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		AuthorizationManagerFactory<RequestAuthorizationContext> withSecondFactor = secondFactorRule(secondFactors);
		http.authenticationProvider(new ThrottledAuthenticationProvider(passwords, throttle, audit, secondFactors))
			.authorizeHttpRequests(
					(authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						.requestMatchers(SecondFactors.PATH, SecondFactors.PATH + "/**")
						.authenticated()
						.requestMatchers("/admin/**")
						.access(withSecondFactor.hasRole(Role.ADMIN.name()))
						.requestMatchers("/staff/**")
						.access(withSecondFactor.hasRole(Role.STAFF.name()))
						.requestMatchers("/account/**")
						.access(withSecondFactor.authenticated())
						.anyRequest()
						.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(passwordAccepted(secondFactors))
				.failureHandler(loginFailure())
				.permitAll())
			.exceptionHandling((errors) -> errors.defaultDeniedHandlerForMissingAuthority(
					new LoginUrlAuthenticationEntryPoint(SecondFactors.PATH), SecondFactors.TOTP_AUTHORITY))
			.addFilterBefore(new SessionLimits(audit, clock), AuthorizationFilter.class)
			.addFilterAfter(new SecondFactorGate(secondFactors), AuthorizationFilter.class)
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		if (oidc.getIfAvailable() != null) {
			http.oauth2Login((login) -> login.loginPage("/login")
				.successHandler(new OidcAccountLink(accounts, audit))
				.failureUrl("/login?oidcError"));
		}
		return http.build();
	}

	/**
	 * Spring Security's multi-factor support, applied by account: the rules made by this
	 * factory also require the TOTP factor of an account that needs one
	 * ({@link SecondFactors#required}); a session without it is sent to the code page.
	 */
	private static AuthorizationManagerFactory<RequestAuthorizationContext> secondFactorRule(
			SecondFactors secondFactors) {
		AuthorizationManager<RequestAuthorizationContext> totp = AllRequiredFactorsAuthorizationManager
			.<RequestAuthorizationContext>builder()
			.requireFactor((factor) -> factor.authority(SecondFactors.TOTP_AUTHORITY))
			.build();
		AuthorizationManager<RequestAuthorizationContext> byAccount = (authentication, context) -> {
			Authentication current = authentication.get();
			if (current != null && current.getPrincipal() instanceof CurrentUser user && secondFactors.required(user)) {
				return totp.authorize(authentication, context);
			}
			return new AuthorizationDecision(true);
		};
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory = new DefaultAuthorizationManagerFactory<>();
		factory.setAdditionalAuthorization(byAccount);
		return factory;
	}

	/**
	 * After the password: to the code page when the account needs a second factor, else
	 * where the person was going.
	 */
	private static AuthenticationSuccessHandler passwordAccepted(SecondFactors secondFactors) {
		SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof CurrentUser user && secondFactors.required(user)) {
				response.sendRedirect(request.getContextPath() + SecondFactors.PATH);
				return;
			}
			signedIn.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> {
			String email = request.getParameter("email");
			if (email != null && email.length() <= 320) {
				request.getSession().setAttribute(LoginController.LAST_EMAIL, email);
			}
			response.sendRedirect(
					request.getContextPath() + ((ex instanceof LockedException) ? "/login?locked" : "/login?error"));
		};
	}

}

package brussels.maillage.system.ratelimit;

import java.time.Clock;

import javax.sql.DataSource;

import brussels.maillage.system.Problems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The rate limit filter, registered just before Spring Security's filters so that it sees
 * the login form's posts too, and after the forwarded-header handling so that it counts
 * the client's address where the proxy is trusted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	@Bean
	RateLimiter rateLimiter(DataSource dataSource) {
		return new RateLimiter(dataSource);
	}

	@Bean
	RateLimitAnswers rateLimitAnswers(Problems problems, MessageSource messages, LocaleResolver locales, Clock clock) {
		return new RateLimitAnswers(problems, messages, locales, clock);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, RateLimiter limiter,
			RateLimitAnswers answers) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(PublicForms.rules(limits), limiter, answers));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	/** Public forms whose hidden field a robot filled in are dropped, after counting. */
	@Bean
	FilterRegistrationBean<HoneypotFilter> honeypotFilter() {
		FilterRegistrationBean<HoneypotFilter> registration = new FilterRegistrationBean<>(new HoneypotFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
		return registration;
	}

	@Bean
	ExpiredCounts expiredRateLimitCounts(RateLimiter limiter) {
		return new ExpiredCounts(limiter);
	}

	/**
	 * Deletes the rows of counts that are whole again; every instance may run it (rows
	 * locked by another are skipped).
	 */
	static class ExpiredCounts {

		private final RateLimiter limiter;

		ExpiredCounts(RateLimiter limiter) {
			this.limiter = limiter;
		}

		@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
		void removeExpired() {
			while (this.limiter.removeExpired(1000) == 1000) {
				// Until a batch is not full.
			}
		}

	}

}

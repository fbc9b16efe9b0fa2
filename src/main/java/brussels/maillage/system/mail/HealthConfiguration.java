package brussels.maillage.system.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * What {@code /actuator/health} says about mail: the SMTP server is checked only when one
 * is configured ({@code MAILLAGE_SMTP_HOST}), and the outbox reports what waits in it.
 * Neither takes the application down: a mail problem is a {@code WARNING} (messages wait
 * in the outbox and are retried), the application keeps serving.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

	/** Mail waits or fails: worth a look, the application still serves. */
	static final Status WARNING = new Status("WARNING");

	/**
	 * The SMTP server answers. Spring Boot's own check is off
	 * ({@code management.health.mail.enabled=false}): it tried a server nobody configured
	 * and logged a stack trace at each call.
	 */
	@Bean
	@Conditional(SmtpConfigured.class)
	HealthIndicator mailHealthIndicator(ObjectProvider<JavaMailSender> senders) {
		return () -> {
			if (!(senders.getIfAvailable() instanceof JavaMailSenderImpl sender)) {
				return Health.unknown().build();
			}
			String location = sender.getHost() + ":" + sender.getPort();
			try {
				sender.testConnection();
				return Health.up().withDetail("location", location).build();
			}
			catch (MessagingException ex) {
				return Health.status(WARNING)
					.withDetail("location", location)
					.withDetail("error", String.valueOf(ex.getMessage()))
					.build();
			}
		};
	}

	/**
	 * The outbox: messages waiting and failed, and the age of the oldest waiting one. A
	 * {@code WARNING} when an SMTP server is configured and a message failed for good or
	 * has waited longer than {@code maillage.mail.health.max-wait}; without a server,
	 * waiting is what messages do.
	 */
	@Bean
	HealthIndicator outboxHealthIndicator(JdbcClient jdbc, Environment environment,
			@Value("${maillage.mail.health.max-wait:PT1H}") Duration maxWait) {
		boolean smtpConfigured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
		return () -> {
			Map<String, Object> row = jdbc.sql("""
					select count(*) filter (where status = 'PENDING') as pending,
						count(*) filter (where status = 'FAILED') as failed,
						min(created_at) filter (where status = 'PENDING') as oldest_pending
					from mail_message""").query().singleRow();
			long pending = ((Number) row.get("pending")).longValue();
			long failed = ((Number) row.get("failed")).longValue();
			Duration oldestAge = oldest(row.get("oldest_pending"));
			Health.Builder health = Health.up();
			if (smtpConfigured && (failed > 0 || (oldestAge != null && oldestAge.compareTo(maxWait) > 0))) {
				health = Health.status(WARNING);
			}
			health.withDetail("smtpConfigured", smtpConfigured)
				.withDetail("pending", pending)
				.withDetail("failed", failed);
			if (oldestAge != null) {
				health.withDetail("oldestPendingAge", oldestAge.toString());
			}
			return health.build();
		};
	}

	private static Duration oldest(Object createdAt) {
		Instant instant = switch (createdAt) {
			case null -> null;
			case java.sql.Timestamp timestamp -> timestamp.toInstant();
			case OffsetDateTime time -> time.toInstant();
			case Instant value -> value;
			default -> null;
		};
		return (instant != null) ? Duration.between(instant, Instant.now()).truncatedTo(ChronoUnit.SECONDS) : null;
	}

	/** An SMTP host is set (an empty {@code MAILLAGE_SMTP_HOST} is none). */
	static class SmtpConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
		}

	}

}

package brussels.maillage.system.mail;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail check: only with an SMTP host, and a warning rather than down. */
class HealthConfigurationTests {

	@Test
	void checksMailOnlyWhenAnSmtpHostIsSet() {
		HealthConfiguration.SmtpConfigured condition = new HealthConfiguration.SmtpConfigured();
		assertThat(condition.matches(context(new MockEnvironment()), null)).isFalse();
		assertThat(condition.matches(context(new MockEnvironment().withProperty("spring.mail.host", "")), null))
			.isFalse();
		assertThat(condition.matches(context(new MockEnvironment().withProperty("spring.mail.host", "  ")), null))
			.isFalse();
		assertThat(condition.matches(context(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.be")),
				null))
			.isTrue();
	}

	@Test
	void warnsWithoutTakingTheApplicationDownWhenTheSmtpServerDoesNotAnswer() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		try (ServerSocket closed = new ServerSocket(0)) {
			// A port nobody listens on once this socket is closed.
			sender.setPort(closed.getLocalPort());
		}
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		Health health = new HealthConfiguration().mailHealthIndicator(beans.getBeanProvider(JavaMailSender.class))
			.health();
		assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
		assertThat(health.getDetails()).containsKeys("location", "error");
	}

	private static org.springframework.context.annotation.ConditionContext context(MockEnvironment environment) {
		return new org.springframework.context.annotation.ConditionContext() {
			@Override
			public org.springframework.beans.factory.support.BeanDefinitionRegistry getRegistry() {
				throw new UnsupportedOperationException();
			}

			@Override
			public org.springframework.beans.factory.config.ConfigurableListableBeanFactory getBeanFactory() {
				return null;
			}

			@Override
			public org.springframework.core.env.Environment getEnvironment() {
				return environment;
			}

			@Override
			public org.springframework.core.io.ResourceLoader getResourceLoader() {
				return new org.springframework.core.io.DefaultResourceLoader();
			}

			@Override
			public ClassLoader getClassLoader() {
				return getClass().getClassLoader();
			}
		};
	}

}

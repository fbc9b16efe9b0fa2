package brussels.maillage;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In the tests, password hashes take {@code maillage.test.password-hash-iterations}
 * PBKDF2 iterations instead of the application's 310,000 (docs/testing.md, "The test
 * JVM's flags"): the same algorithm, salt and stored form ({@code {pbkdf2@...}}), so
 * every sign-in, wrong password, lock and account creation goes through the same code,
 * but each hash costs a few microseconds instead of a few tenths of a second of CPU. The
 * suite hashes a password at every sign-in (hundreds of them) and for every demo and test
 * account. Listed in {@code META-INF/spring/...AutoConfiguration.imports} of the tests,
 * so it applies to every whole-application test context and never to the packaged jar.
 */
@AutoConfiguration
@ConditionalOnProperty("maillage.test.password-hash-iterations")
public class TestPasswordHashing {

	/** The id the application stores in front of its PBKDF2 hashes. */
	static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

	@Bean
	static BeanPostProcessor cheaperPasswordHashes(Environment environment) {
		int iterations = environment.getRequiredProperty("maillage.test.password-hash-iterations", Integer.class);
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof PasswordEncoder) || !beanName.equals("passwordEncoder")) {
					return bean;
				}
				Pbkdf2PasswordEncoder pbkdf2 = new Pbkdf2PasswordEncoder("", 16, iterations,
						Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
				return new DelegatingPasswordEncoder(PBKDF2,
						Map.of(PBKDF2, pbkdf2, "bcrypt", new BCryptPasswordEncoder()));
			}

		};
	}

}

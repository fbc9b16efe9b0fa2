package brussels.maillage.identity.login;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a password was refused is recorded as a code that administrators read in their
 * language ({@code audit.detail.<code>}), never as the exception's class name.
 */
class SignInFailureDetailsTests {

	@Test
	void everyRefusalIsACodeWithAMessageInEveryLanguage() throws IOException {
		List<AuthenticationException> refusals = List.of(new BadCredentialsException("x"), new DisabledException("x"),
				new LockedException("x"), new AccountExpiredException("x"), new CredentialsExpiredException("x"),
				new UsernameNotFoundException("x"), new InternalAuthenticationServiceException("x"));
		List<String> codes = refusals.stream().map(ThrottledAuthenticationProvider::failure).toList();
		assertThat(codes).containsExactly("bad-credentials", "account-disabled", "locked", "account-expired",
				"credentials-expired", "unknown-account", "login-error");
		for (String language : List.of("fr", "nl", "en")) {
			Properties messages = new Properties();
			try (Reader reader = Files.newBufferedReader(
					Path.of("src/main/resources/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			assertThat(codes).as("audit.detail.<code> in messages_%s", language)
				.allMatch((code) -> !messages.getProperty("audit.detail." + code, "").isBlank());
		}
	}

}

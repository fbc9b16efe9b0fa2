package brussels.maillage.identity.secondfactor;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in like a person with an authenticator app: password, then the setup page's key
 * typed into "the app" ({@link Rfc6238}), then its codes. Remembers the last time step
 * used, since the application accepts each code once.
 */
public final class TwoStepSignIn {

	private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY_CODE = Pattern
		.compile("<code class=\"token\">([a-z2-9]{5}-[a-z2-9]{5})</code>");

	final String email;

	final String password;

	String secret;

	List<String> recoveryCodes = new ArrayList<>();

	private long lastStep = Long.MIN_VALUE;

	public TwoStepSignIn(String email, String password) {
		this.email = email;
		this.password = password;
	}

	/**
	 * First sign-in of an account that must enrol: ends fully signed in, with the secret
	 * and recovery codes kept.
	 */
	public TwoStepSignIn enrol(WebSession session) {
		assertThat(session.login(this.email, this.password)).endsWith("/login/second-factor");
		HttpResponse<String> codePage = session.get("/login/second-factor");
		assertThat(codePage.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login/second-factor/setup"));
		HttpResponse<String> setup = session.get("/login/second-factor/setup");
		assertThat(setup.statusCode()).isEqualTo(200);
		assertThat(setup.body()).contains("src=\"data:image/svg+xml;base64,");
		Matcher secret = SECRET.matcher(setup.body());
		assertThat(secret.find()).isTrue();
		this.secret = secret.group(1).replace(" ", "");
		HttpResponse<String> enrolled = session.post("/login/second-factor/setup", Map.of("code", nextCode()));
		assertThat(enrolled.statusCode()).isEqualTo(302);
		assertThat(enrolled.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login/second-factor/recovery-codes"));
		String codes = session.get("/login/second-factor/recovery-codes").body();
		Matcher code = RECOVERY_CODE.matcher(codes);
		while (code.find()) {
			this.recoveryCodes.add(code.group(1));
		}
		assertThat(this.recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		return this;
	}

	/**
	 * A later sign-in: password, then a fresh code; returns where the code sent the
	 * browser.
	 */
	String signIn(WebSession session) {
		assertThat(session.login(this.email, this.password)).endsWith("/login/second-factor");
		session.get("/login/second-factor");
		HttpResponse<String> answer = session.post("/login/second-factor", Map.of("code", nextCode()));
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElse("");
	}

	/**
	 * The app's code for the current 30-second step, or the next one when the current one
	 * was used (the application accepts one step ahead); waits for the clock when both
	 * were.
	 */
	String nextCode() {
		long now = Instant.now().getEpochSecond() / 30;
		while (this.lastStep >= now + 1) {
			sleepUntilNextStep();
			now = Instant.now().getEpochSecond() / 30;
		}
		long step = Math.max(now, this.lastStep + 1);
		this.lastStep = step;
		return Rfc6238.code(Rfc6238.base32(this.secret), step * 30, 6);
	}

	/** Codes of the steps the application would accept now (for choosing a wrong one). */
	List<String> acceptableCodes() {
		long now = Instant.now().getEpochSecond() / 30;
		List<String> codes = new ArrayList<>();
		for (long step = now - 1; step <= now + 2; step++) {
			codes.add(Rfc6238.code(Rfc6238.base32(this.secret), step * 30, 6));
		}
		return codes;
	}

	private static void sleepUntilNextStep() {
		long millis = 30_000 - (Instant.now().toEpochMilli() % 30_000) + 50;
		try {
			Thread.sleep(Duration.ofMillis(millis));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

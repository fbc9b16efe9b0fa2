package brussels.maillage.identity.passwords;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.accounts.AccountFixtures;
import brussels.maillage.identity.accounts.User;
import brussels.maillage.identity.secondfactor.TwoStepSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mot de passe oublié ?" over real HTTP: the link read from the message stored in the
 * mail outbox, the password rules on the new password, one use per link, expiry, and the
 * same answer for an address no account has.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordResetWebTests {

	static final String PASSWORD = "correct horse battery";

	static final String NEW_PASSWORD = "tram 92 vers Schaerbeek gare";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void setsANewPasswordFromTheMailedLinkAndEndsTheOtherSessions() {
		User user = newUser();
		WebSession elsewhere = new WebSession(this.port);
		new TwoStepSignIn(user.email(), PASSWORD).enrol(elsewhere);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

		WebSession forgetful = new WebSession(this.port);
		assertThat(forgetful.get("/login").body()).contains("href=\"/password-reset\"")
			.contains("Mot de passe oublié ?");
		assertThat(forgetful.get("/password-reset").body()).contains("Mot de passe oublié");
		HttpResponse<String> asked = forgetful.post("/password-reset", Map.of("email", user.email().toUpperCase()));
		assertThat(asked.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/password-reset/sent"));
		assertThat(forgetful.get("/password-reset/sent").body()).contains("Vérifiez votre boîte mail");

		String link = linkMailedTo(user.email());
		HttpResponse<String> form = forgetful.get(link);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Choisissez un nouveau mot de passe");

		HttpResponse<String> common = forgetful.post(link,
				Map.of("password", "123qweasdzxc", "confirmation", "123qweasdzxc"));
		assertThat(common.statusCode()).isEqualTo(200);
		assertThat(errorOf(common.body(), "password")).contains("mots de passe les plus courants");
		HttpResponse<String> tooShort = forgetful.post(link, Map.of("password", "court", "confirmation", "court"));
		assertThat(errorOf(tooShort.body(), "password")).contains("au moins 12 caractères");
		HttpResponse<String> different = forgetful.post(link,
				Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD + "!"));
		assertThat(errorOf(different.body(), "confirmation")).contains("pas identiques");

		HttpResponse<String> done = forgetful.post(link,
				Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
		assertThat(done.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?reset"));
		assertThat(forgetful.get("/login?reset").body()).contains("Votre mot de passe a été changé");

		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
		assertThat(new WebSession(this.port).login(user.email(), PASSWORD)).endsWith("/login?error");
		assertThat(new WebSession(this.port).login(user.email(), NEW_PASSWORD)).endsWith("/login/second-factor");

		HttpResponse<String> again = forgetful.get(link);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("Ce lien ne fonctionne plus").contains("déjà servi");
		HttpResponse<String> reusedPost = forgetful.post(link,
				Map.of("password", "un autre mot de passe long", "confirmation", "un autre mot de passe long"));
		assertThat(reusedPost.statusCode()).isEqualTo(410);
		assertThat(new WebSession(this.port).login(user.email(), NEW_PASSWORD)).endsWith("/login/second-factor");

		assertThat(this.audit.forRecord("user", user.id())).extracting(AuditLog.Entry::action)
			.contains("password-reset.requested", "password-reset.completed", "password-reset.refused");
	}

	@Test
	void givesTheSameAnswerForAnAddressNoAccountHasAndMailsNothing() {
		User user = newUser();
		WebSession known = new WebSession(this.port);
		known.get("/password-reset");
		HttpResponse<String> knownAnswer = known.post("/password-reset", Map.of("email", user.email()));
		String unknownAddress = "nobody." + UUID.randomUUID() + "@example.be";
		WebSession unknown = new WebSession(this.port);
		unknown.get("/password-reset");
		HttpResponse<String> unknownAnswer = unknown.post("/password-reset", Map.of("email", unknownAddress));

		assertThat(unknownAnswer.statusCode()).isEqualTo(knownAnswer.statusCode()).isEqualTo(302);
		assertThat(unknownAnswer.headers().firstValue("Location"))
			.isEqualTo(knownAnswer.headers().firstValue("Location"));
		assertThat(mainOf(unknown.get("/password-reset/sent").body()))
			.isEqualTo(mainOf(known.get("/password-reset/sent").body()));
		assertThat(mailsTo(unknownAddress)).isEmpty();
		assertThat(mailsTo(user.email())).hasSize(1);
	}

	@Test
	void refusesAnExpiredLinkAndALinkReplacedByANewerOneWithAClearPage() {
		User user = newUser();
		WebSession session = new WebSession(this.port).language("nl");
		session.get("/password-reset");
		session.post("/password-reset", Map.of("email", user.email()));
		String first = linkMailedTo(user.email());
		session.get("/password-reset");
		session.post("/password-reset", Map.of("email", user.email()));
		List<String> links = mailsTo(user.email()).stream().map(PasswordResetWebTests::linkIn).toList();
		String second = links.stream().filter((link) -> !link.equals(first)).findFirst().orElseThrow();

		HttpResponse<String> replaced = session.get(first);
		assertThat(replaced.statusCode()).isEqualTo(410);
		assertThat(replaced.body()).contains("Deze link werkt niet meer").contains("vervangen door een recentere");

		this.jdbc.sql("update password_reset set expires_at = now() - interval '1 minute' where token_hash = ?")
			.param(PasswordResets.hash(second.substring(second.lastIndexOf('/') + 1)))
			.update();
		HttpResponse<String> expired = session.get(second);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("Deze link is verlopen").contains("href=\"/password-reset\"");
		HttpResponse<String> post = session.post(second,
				Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
		assertThat(post.statusCode()).isEqualTo(410);
		assertThat(new WebSession(this.port).login(user.email(), PASSWORD)).endsWith("/login/second-factor");

		HttpResponse<String> unknown = session.get("/password-reset/not-a-token");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("niet herkend");
	}

	@Test
	void asksForAValidAddressNextToTheField() {
		WebSession session = new WebSession(this.port);
		session.get("/password-reset");
		HttpResponse<String> answer = session.post("/password-reset", Map.of("email", "jeanne-at-example.be"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Il y a un problème").contains("value=\"jeanne-at-example.be\"");
		assertThat(errorOf(answer.body(), "email")).contains("adresse e-mail valide");
	}

	private User newUser() {
		String email = "forgetful." + UUID.randomUUID() + "@example.be";
		return AccountFixtures.account(this.accounts, email, "Jeanne Oubli", PASSWORD, Role.STAFF);
	}

	private List<String> mailsTo(String recipient) {
		return this.jdbc.sql("select body_text from mail_message where recipient = ? order by created_at")
			.param(recipient)
			.query(String.class)
			.list();
	}

	private String linkMailedTo(String recipient) {
		List<String> bodies = mailsTo(recipient);
		assertThat(bodies).isNotEmpty();
		return linkIn(bodies.get(bodies.size() - 1));
	}

	private static String linkIn(String body) {
		Matcher link = Pattern.compile("http://localhost:\\d+(/password-reset/[A-Za-z0-9_-]{43})\\s").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		return link.group(1);
	}

	private static String errorOf(String page, String field) {
		Matcher error = Pattern.compile("id=\"" + field + "-error\">(.*?)</p>", Pattern.DOTALL).matcher(page);
		assertThat(error.find()).as("error next to " + field).isTrue();
		return error.group(1);
	}

	private static String mainOf(String page) {
		return page.substring(page.indexOf("<h1"), page.indexOf("</main>"));
	}

}

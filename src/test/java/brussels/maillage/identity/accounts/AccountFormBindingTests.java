package brussels.maillage.identity.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.audit.AuditTrail;
import brussels.maillage.identity.secondfactor.SecondFactors;
import brussels.maillage.identity.tokens.AccessTokens;
import brussels.maillage.system.Formats;
import brussels.maillage.system.forms.FormPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The account forms bound by their constructors: a password change with a wrong present
 * password and a new account whose address is taken come back with each message next to
 * its field in the reader's language and the typed text kept (never a password); nothing
 * reaches the accounts (a stand-in) until the form is right. The password-reset form:
 * {@code PasswordResetFormBindingTests}.
 */
@WebMvcTest({ AccountController.class, UserAdminController.class })
@Import({ AccountChecks.class, Formats.class })
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class AccountFormBindingTests {

	static final CurrentUser ADMIN = new CurrentUser(3, "admin@example.org", "Admin", Set.of(Role.ADMIN, Role.STAFF),
			Set.of(), "", true, false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	AccessTokens tokens;

	@MockitoBean
	SecondFactors secondFactors;

	@MockitoBean
	AuditTrail audit;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog auditLog;

	@Test
	void aWrongPresentPasswordIsRefusedNextToItAndTheNewOneIsNotShownAgain() throws Exception {
		given(this.accounts.passwordMatches(3, "mot de passe oublié")).willReturn(false);
		MvcTestResult result = this.mvc.post()
			.uri("/account/password")
			.with(csrf())
			.with(user(ADMIN))
			.header("Accept-Language", "fr")
			.param("current", "mot de passe oublié")
			.param("replacement", "quatre chevaux bleus dans un pré")
			.exchange();
		FormPage page = page(result, "identity/account");

		assertThat(page.errorNextTo("current")).isEqualTo("Le mot de passe actuel est incorrect.");
		assertThat(page.errorNextTo("replacement")).isNull();
		assertThat(page.summaryLinks()).containsExactly("#current");
		assertThat(page.value("replacement")).isEmpty();
		then(this.accounts).should(never()).changePassword(anyLong(), anyString());
	}

	@Test
	void aShortNewPasswordIsRefusedWithoutAskingWhetherThePresentOneIsRightInDutch() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/account/password")
			.with(csrf())
			.with(user(ADMIN))
			.header("Accept-Language", "nl")
			.param("current", "")
			.param("replacement", "kort")
			.exchange();
		FormPage page = page(result, "identity/account");

		assertThat(page.errorNextTo("current")).isEqualTo("Dit veld is verplicht.");
		assertThat(page.errorNextTo("replacement")).isEqualTo("Het wachtwoord moet minstens 12 tekens bevatten.");
		then(this.accounts).should(never()).passwordMatches(anyLong(), anyString());
	}

	@Test
	void anAddressAlreadyTakenIsRefusedNextToItAndTheNameIsKeptInEnglish() throws Exception {
		given(this.accounts.emailTaken("marie.dupont@example.org")).willReturn(true);
		given(this.accounts.user(anyLong())).willReturn(Optional.empty());
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/new")
			.with(csrf())
			.with(user(ADMIN))
			.header("Accept-Language", "en")
			.param("email", "marie.dupont@example.org")
			.param("displayName", "Marie Dupont")
			.param("password", "quatre chevaux bleus dans un pré")
			.param("roles", "STAFF")
			.param("enabled", "true")
			.exchange();
		FormPage page = page(result, "identity/user-form");

		assertThat(page.errorNextTo("email")).isEqualTo("An account with this email address already exists.");
		assertThat(page.value("email")).isEqualTo("marie.dupont@example.org");
		assertThat(page.value("displayName")).isEqualTo("Marie Dupont");
		assertThat(page.value("password")).isEmpty();
		then(this.accounts).should(never()).create(anyString(), anyString(), anyString(), any(), any(), anyBoolean());
	}

	private static FormPage page(MvcTestResult result, String view) throws Exception {
		assertThat(result).hasStatusOk().hasViewName(view);
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}

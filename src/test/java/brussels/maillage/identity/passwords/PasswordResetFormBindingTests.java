package brussels.maillage.identity.passwords;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The password-reset form bound by its constructor: a new password typed differently
 * twice comes back with the message next to the confirmation in the reader's language;
 * nothing reaches the resets (a stand-in) until the form is right.
 */
@WebMvcTest(PasswordResetController.class)
@Import(Formats.class)
// The web configuration reads the bundles' names from a property placeholder.
@ImportAutoConfiguration(PropertyPlaceholderAutoConfiguration.class)
class PasswordResetFormBindingTests {

	static final CurrentUser ADMIN = new CurrentUser(3, "admin@example.org", "Admin", Set.of(Role.ADMIN, Role.STAFF),
			Set.of(), "", true, false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PasswordResets resets;

	/** The care and palliative gates write refused visits to the audit log. */
	@MockitoBean
	AuditLog auditLog;

	@Test
	void aNewPasswordTypedDifferentlyTwiceIsRefusedAtTheConfirmation() throws Exception {
		given(this.resets.check("abc123")).willReturn(PasswordResets.LinkState.VALID);
		MvcTestResult result = this.mvc.post()
			.uri("/password-reset/abc123")
			.with(csrf())
			// This slice runs without the application's security, which opens the page to
			// everyone (PasswordResetWebTests), so a user stands in for the visitor.
			.with(user(ADMIN))
			.header("Accept-Language", "fr")
			.param("password", "quatre chevaux bleus dans un pré")
			.param("confirmation", "quatre chevaux bleus dans un pre")
			.exchange();
		FormPage page = page(result, "identity/password-reset-new");

		assertThat(page.errorNextTo("confirmation"))
			.isEqualTo("Les deux mots de passe ne sont pas identiques. Saisissez deux fois le même.");
		assertThat(page.errorNextTo("password")).isNull();
		then(this.resets).should(never()).reset(anyString(), anyString());
	}

	private static FormPage page(MvcTestResult result, String view) throws Exception {
		assertThat(result).hasStatusOk().hasViewName(view);
		return new FormPage(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}

package brussels.maillage.identity.passwords;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import brussels.maillage.identity.accounts.CommonPasswords;
import brussels.maillage.identity.accounts.NotCommonPassword;
import brussels.maillage.system.LocalizedText;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pages of "Forgot your password?": the address, the answer that is always the same,
 * and the page of the mailed link that sets a new password.
 */
@Controller
class PasswordResetController {

	static final String PATH = "/password-reset";

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping(PATH)
	String requestForm(Model model) {
		model.addAttribute("requestForm", new RequestForm(""));
		return "identity/password-reset-request";
	}

	@PostMapping(PATH)
	String request(@Validated @ModelAttribute("requestForm") RequestForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "identity/password-reset-request";
		}
		String language = LocaleContextHolder.getLocale().getLanguage();
		this.resets.request(form.email(), ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(),
				LocalizedText.LANGUAGES.contains(language) ? language : "fr");
		return "redirect:" + PATH + "/sent";
	}

	@GetMapping(PATH + "/sent")
	String sent(Model model) {
		model.addAttribute("minutes", this.resets.validFor().toMinutes());
		return "identity/password-reset-sent";
	}

	@GetMapping(PATH + "/{token}")
	String newPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
		PasswordResets.LinkState state = this.resets.check(token);
		if (state != PasswordResets.LinkState.VALID) {
			return refused(state, model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("newPasswordForm", new NewPasswordForm("", ""));
		return "identity/password-reset-new";
	}

	@PostMapping(PATH + "/{token}")
	String setNewPassword(@PathVariable String token,
			@Validated @ModelAttribute("newPasswordForm") NewPasswordForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!PasswordResetChecks.newPassword(form, errors)) {
			PasswordResets.LinkState state = this.resets.check(token);
			if (state != PasswordResets.LinkState.VALID) {
				return refused(state, model, response);
			}
			model.addAttribute("token", token);
			return "identity/password-reset-new";
		}
		PasswordResets.LinkState state = this.resets.reset(token, form.password());
		if (state != PasswordResets.LinkState.VALID) {
			return refused(state, model, response);
		}
		return "redirect:/login?reset";
	}

	private static String refused(PasswordResets.LinkState state, Model model, HttpServletResponse response) {
		response.setStatus((state == PasswordResets.LinkState.UNKNOWN) ? HttpServletResponse.SC_NOT_FOUND
				: HttpServletResponse.SC_GONE);
		model.addAttribute("reason", state.name());
		return "identity/password-reset-refused";
	}

	/**
	 * The address of the account.
	 *
	 * @param email what the person typed
	 */
	record RequestForm(@NotBlank @Email @Size(max = 320) String email) {
	}

	/**
	 * The new password, typed twice.
	 *
	 * @param password the new password
	 * @param confirmation the same again
	 */
	record NewPasswordForm(
			@NotBlank @Size(min = CommonPasswords.MINIMUM_LENGTH, max = 200) @NotCommonPassword String password,
			@NotBlank String confirmation) {
	}

}

package brussels.maillage.identity.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.secondfactor.SecondFactors;
import brussels.maillage.identity.tokens.AccessTokens;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own account: their teams, password and personal access tokens. */
@Controller
class AccountController {

	private final AccountService accounts;

	private final AccessTokens tokens;

	private final SecondFactors secondFactors;

	private final AccountChecks checks;

	AccountController(AccountService accounts, AccessTokens tokens, SecondFactors secondFactors, AccountChecks checks) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.secondFactors = secondFactors;
		this.checks = checks;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm("", 90));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", ""));
		}
		return page(user, model);
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("passwordForm", new PasswordForm("", ""));
			return page(user, model);
		}
		String secret = this.tokens.issue(user.id(), form.name().strip(), form.days());
		redirect.addFlashAttribute("newToken", secret);
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (this.tokens.withdraw(user.id(), id)) {
			redirect.addFlashAttribute("notice", "identity.token.revoked");
		}
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!this.checks.passwordChange(user.id(), form, errors)) {
			model.addAttribute("tokenForm", new TokenForm("", 90));
			return page(user, model);
		}
		this.accounts.changePassword(user.id(), form.replacement());
		redirect.addFlashAttribute("notice", "identity.password.changed");
		return "redirect:/account";
	}

	@PostMapping("/account/recovery-codes")
	String renewRecoveryCodes(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (this.secondFactors.enrolment(user.id()).isEmpty()) {
			return "redirect:/account";
		}
		redirect.addFlashAttribute("recoveryCodes", this.secondFactors.renewRecoveryCodes(user));
		return "redirect:/login/second-factor/recovery-codes";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("me", user);
		model.addAttribute("secondFactor", this.secondFactors.enrolment(user.id()).orElse(null));
		model.addAttribute("myTeams",
				this.accounts.teams()
					.stream()
					.filter((team) -> user.territories().contains(team.territory()))
					.toList());
		model.addAttribute("tokens", this.tokens.forUser(user.id()));
		return "identity/account";
	}

	/**
	 * A new personal access token.
	 *
	 * @param name what it is for
	 * @param days days until it expires, or empty for never
	 */
	record TokenForm(@NotBlank @Size(max = 100) String name, @Min(1) @Max(730) Integer days) {
	}

	/**
	 * A password change.
	 *
	 * @param current the present password
	 * @param replacement the new one
	 */
	record PasswordForm(@NotBlank String current,
			@NotBlank @Size(min = 12, max = 200) @NotCommonPassword String replacement) {
	}

}

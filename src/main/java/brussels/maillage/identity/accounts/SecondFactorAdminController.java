package brussels.maillage.identity.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.secondfactor.SecondFactors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see which accounts have enrolled a second factor, and reset one (a lost
 * phone and no recovery code left): the account enrols again at its next sign-in.
 */
@Controller
@RequestMapping("/admin/second-factor")
class SecondFactorAdminController {

	private final AccountService accounts;

	private final SecondFactors secondFactors;

	SecondFactorAdminController(AccountService accounts, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
	}

	@GetMapping
	String list(Model model) {
		Map<Long, SecondFactors.Enrolment> enrolments = this.secondFactors.enrolments();
		List<Row> rows = this.accounts.allUsers().stream().map((user) -> {
			CurrentUser account = this.accounts.findCurrentUser(user.id()).orElse(null);
			boolean required = account != null && this.secondFactors.required(account);
			SecondFactors.Enrolment enrolment = enrolments.get(user.id());
			return new Row(user.id(), user.email(), user.displayName(), user.enabled(), user.demo(), required,
					(enrolment != null) ? enrolment.enrolledAt() : null,
					(enrolment != null) ? enrolment.codesLeft() : 0);
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("enrolledCount", rows.stream().filter((row) -> row.enrolledAt() != null).count());
		return "identity/second-factor-admin";
	}

	@PostMapping("/{id}/reset")
	String reset(@PathVariable long id, RedirectAttributes redirect) {
		User user = this.accounts.user(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (this.secondFactors.reset(id)) {
			redirect.addFlashAttribute("notice", "identity.secondFactor.admin.resetDone");
			redirect.addFlashAttribute("noticeArgument", user.email());
		}
		return "redirect:/admin/second-factor";
	}

	/**
	 * An account on the page.
	 *
	 * @param id account id
	 * @param email e-mail address
	 * @param displayName name
	 * @param enabled may sign in
	 * @param demo a demo account
	 * @param required must give a second factor
	 * @param enrolledAt when it enrolled, or null
	 * @param codesLeft recovery codes not used
	 */
	record Row(long id, String email, String displayName, boolean enabled, boolean demo, boolean required,
			Instant enrolledAt, int codesLeft) {
	}

}

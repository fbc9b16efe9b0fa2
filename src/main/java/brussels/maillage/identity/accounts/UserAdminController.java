package brussels.maillage.identity.accounts;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.groups.Default;

import brussels.maillage.identity.Role;
import brussels.maillage.identity.Team;
import brussels.maillage.identity.audit.AuditTrail;
import brussels.maillage.system.LocalizedText;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, create and disable accounts, and set their roles and teams. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final AccountService accounts;

	private final AuditTrail audit;

	private final AccountChecks checks;

	UserAdminController(AccountService accounts, AuditTrail audit, AccountChecks checks) {
		this.accounts = accounts;
		this.audit = audit;
		this.checks = checks;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.allUsers().stream().map(this::row).toList());
		return "identity/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", UserForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, UserForm.Creation.class }) @ModelAttribute("form") UserForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!this.checks.newAccount(form, errors)) {
			return form(model, null);
		}
		User user = this.accounts.create(form.email(), form.displayName(), form.password(), form.roles(),
				form.teamIds(), false);
		redirect.addFlashAttribute("notice", "identity.user.created");
		redirect.addFlashAttribute("noticeArgument", user.email());
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		User user = this.accounts.user(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("form", UserForm.of(user));
		model.addAttribute("history", this.audit.forAccount(id));
		return form(model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Validated @ModelAttribute("form") UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		User user = this.accounts.user(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (errors.hasErrors()) {
			model.addAttribute("history", this.audit.forAccount(id));
			return form(model, user);
		}
		this.accounts.changeAccess(id, form.displayName(), form.roles(), form.teamIds(), form.enabled());
		redirect.addFlashAttribute("notice", "identity.user.saved");
		redirect.addFlashAttribute("noticeArgument", user.email());
		return "redirect:/admin/users";
	}

	private AccountRow row(User user) {
		Map<Long, LocalizedText> teamNames = this.accounts.teams()
			.stream()
			.collect(Collectors.toMap(Team::id, Team::name));
		return new AccountRow(user.id(), user.email(), user.displayName(), user.roleSet().stream().sorted().toList(),
				user.teamIds().stream().sorted().map(teamNames::get).toList(), user.enabled(), user.demo());
	}

	private String form(Model model, User user) {
		model.addAttribute("user", (user != null) ? row(user) : null);
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", this.accounts.teams());
		return "identity/user-form";
	}

}

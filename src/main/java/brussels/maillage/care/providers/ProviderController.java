package brussels.maillage.care.providers;

import brussels.maillage.care.CareTeam;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's pages of providers: the list, a new provider, changing one. The IBAN is
 * shown in full to the finance team only, masked to everyone else.
 */
@Controller
class ProviderController {

	private final ProviderService providers;

	private final ProviderChecks checks;

	ProviderController(ProviderService providers, ProviderChecks checks) {
		this.providers = providers;
		this.checks = checks;
	}

	@GetMapping("/staff/care/providers")
	String list(Model model, @AuthenticationPrincipal CurrentUser user) {
		model.addAttribute("providers", this.providers.all());
		model.addAttribute("finance", CareTeam.isFinance(user));
		return "care/providers";
	}

	@GetMapping("/staff/care/providers/new")
	String newProvider(Model model) {
		model.addAttribute("form", ProviderForm.empty());
		return form(model, null);
	}

	@PostMapping("/staff/care/providers")
	String register(@Validated @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		NewProvider provider = this.checks.check(form, errors, this.providers.today());
		if (provider != null) {
			try {
				this.providers.register(provider);
				redirect.addFlashAttribute("notice", "care.provider.registered");
				return "redirect:/staff/care/providers";
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return form(model, null);
	}

	@GetMapping("/staff/care/providers/{id}")
	String edit(@PathVariable long id, Model model, @AuthenticationPrincipal CurrentUser user) {
		Provider provider = this.providers.provider(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ProviderForm form = ProviderForm.of(provider, this.checks.organisationName(provider.organisationId()));
		if (!CareTeam.isFinance(user)) {
			// outside finance the form starts with the masked IBAN; typing a new one
			// replaces it
			form = new ProviderForm(form.organisation(), form.name(), form.profession(), form.nihii(),
					provider.maskedIban(), form.agreementOn(), form.active());
		}
		model.addAttribute("form", form);
		return form(model, id);
	}

	@PostMapping("/staff/care/providers/{id}")
	String change(@PathVariable long id, @Validated @ModelAttribute("form") ProviderForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Provider current = this.providers.provider(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ProviderForm checked = form.iban().equals(current.maskedIban()) ? new ProviderForm(form.organisation(),
				form.name(), form.profession(), form.nihii(), current.iban(), form.agreementOn(), form.active()) : form;
		NewProvider provider = this.checks.check(checked, errors, this.providers.today());
		if (provider != null) {
			try {
				this.providers.change(id, provider);
				redirect.addFlashAttribute("notice", "care.provider.changed");
				return "redirect:/staff/care/providers";
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("providerId", id);
		model.addAttribute("professions", Profession.values());
		model.addAttribute("organisations", this.checks.organisations());
		return "care/provider-form";
	}

}

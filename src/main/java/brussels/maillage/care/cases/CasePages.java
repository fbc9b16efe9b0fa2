package brussels.maillage.care.cases;

import java.util.Locale;

import brussels.maillage.care.forms.Choice;
import brussels.maillage.care.providers.ProviderService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a case's page: the case, its history, the roles, and the forms of a
 * status step and of a role, each keeping what was typed when it comes back with an
 * error.
 */
@Component
class CasePages {

	private final CaseService cases;

	private final ProviderService providers;

	CasePages(CaseService cases, ProviderService providers) {
		this.cases = cases;
		this.providers = providers;
	}

	String casePage(long id, Model model, Locale locale) {
		CaseService.CaseDetails details = this.cases.details(id).orElseThrow(CaseController::notFound);
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", CaseStatusForm.empty(this.cases.today()));
		}
		if (!model.containsAttribute("roleForm")) {
			model.addAttribute("roleForm", RoleForm.empty(this.cases.today()));
		}
		model.addAttribute("details", details);
		model.addAttribute("careCase", details.careCase());
		model.addAttribute("nextStatuses", details.careCase().status().next());
		model.addAttribute("closures", ClosureCategory.values());
		model.addAttribute("roles", ProviderRole.values());
		model.addAttribute("providers", this.providers.activeChoices());
		model.addAttribute("today", this.cases.today());
		model.addAttribute("programmeLabel",
				this.cases.programmes(locale)
					.stream()
					.filter((choice) -> choice.code().equals(details.careCase().programme()))
					.map(Choice::label)
					.findFirst()
					.orElse(details.careCase().programme()));
		return "care/case";
	}

}

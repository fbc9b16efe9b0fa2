package brussels.maillage.palliative.conventions;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of one convention (its steps, the next step's form, its referents and the form
 * to add one), shared by the controllers that answer its forms.
 */
@Component
class ConventionPage {

	private final ConventionService conventions;

	private final ConventionReferentService referents;

	ConventionPage(ConventionService conventions, ConventionReferentService referents) {
		this.conventions = conventions;
		this.referents = referents;
	}

	String render(long id, Model model) {
		Convention convention = this.conventions.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new StepForm("", this.conventions.today().toString(), "", ""));
		}
		if (!model.containsAttribute("conventionReferentForm")) {
			model.addAttribute("conventionReferentForm", ConventionReferentForm.empty());
		}
		model.addAttribute("convention", convention);
		model.addAttribute("steps", this.conventions.steps(id));
		model.addAttribute("nextStatuses", convention.status().next());
		model.addAttribute("referents", this.referents.of(id));
		return "palliative/convention";
	}

}

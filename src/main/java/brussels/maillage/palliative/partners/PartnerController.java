package brussels.maillage.palliative.partners;

import brussels.maillage.system.forms.Refused;

import org.springframework.http.HttpStatus;
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
 * The palliative team's pages of its psychologists and of the referring second-line
 * teams: both lists with a form to add, and one page to change each. Behind the
 * {@code PalliativeAccess} gate.
 */
@Controller
class PartnerController {

	private static final String BASE = "/staff/palliative/partners";

	private final PartnerService partners;

	PartnerController(PartnerService partners) {
		this.partners = partners;
	}

	@GetMapping(BASE)
	String list(Model model) {
		if (!model.containsAttribute("teamForm")) {
			model.addAttribute("teamForm", TeamForm.empty());
		}
		if (!model.containsAttribute("psychologistForm")) {
			model.addAttribute("psychologistForm", PsychologistForm.empty());
		}
		model.addAttribute("teams", this.partners.teams());
		model.addAttribute("psychologists", this.partners.psychologists());
		return "palliative/partners";
	}

	@PostMapping(BASE + "/teams")
	String addTeam(@Validated @ModelAttribute("teamForm") TeamForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.partners.addTeam(form.toTeam());
				redirect.addFlashAttribute("notice", "palliative.partners.saved");
				return "redirect:" + BASE;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return list(model);
	}

	@GetMapping(BASE + "/teams/{code}")
	String team(@PathVariable String code, Model model) {
		ReferringTeam team = this.partners.team(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("teamForm")) {
			model.addAttribute("teamForm", TeamForm.of(team));
		}
		model.addAttribute("team", team);
		return "palliative/partner-team";
	}

	@PostMapping(BASE + "/teams/{code}")
	String updateTeam(@PathVariable String code, @Validated @ModelAttribute("teamForm") TeamForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		PartnerChecks.sameCode(code, form, errors);
		if (errors.hasErrors()) {
			return team(code, model);
		}
		this.partners.team(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.partners.updateTeam(form.toTeam());
		redirect.addFlashAttribute("notice", "palliative.partners.saved");
		return "redirect:" + BASE;
	}

	@PostMapping(BASE + "/psychologists")
	String addPsychologist(@Validated @ModelAttribute("psychologistForm") PsychologistForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return list(model);
		}
		this.partners.addPsychologist(form.name().strip());
		redirect.addFlashAttribute("notice", "palliative.partners.saved");
		return "redirect:" + BASE;
	}

	@GetMapping(BASE + "/psychologists/{id}")
	String psychologist(@PathVariable long id, Model model) {
		Psychologist psychologist = this.partners.psychologist(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("psychologistForm")) {
			model.addAttribute("psychologistForm",
					new PsychologistForm(psychologist.name(), String.valueOf(psychologist.active())));
		}
		model.addAttribute("psychologist", psychologist);
		return "palliative/partner-psychologist";
	}

	@PostMapping(BASE + "/psychologists/{id}")
	String updatePsychologist(@PathVariable long id,
			@Validated @ModelAttribute("psychologistForm") PsychologistForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.partners.psychologist(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (errors.hasErrors()) {
			return psychologist(id, model);
		}
		this.partners.updatePsychologist(id, form.name().strip(), form.isActive());
		redirect.addFlashAttribute("notice", "palliative.partners.saved");
		return "redirect:" + BASE;
	}

}

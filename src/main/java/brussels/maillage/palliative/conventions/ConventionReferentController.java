package brussels.maillage.palliative.conventions;

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
 * The referents of a convention: added from the convention's page, changed or removed on
 * a page of their own. Behind the {@code PalliativeAccess} gate.
 */
@Controller
class ConventionReferentController {

	private static final String BASE = "/staff/palliative/conventions/{id}/referents";

	private final ConventionReferentService referents;

	private final ConventionService conventions;

	private final ConventionPage page;

	ConventionReferentController(ConventionReferentService referents, ConventionService conventions,
			ConventionPage page) {
		this.referents = referents;
		this.conventions = conventions;
		this.page = page;
	}

	@PostMapping(BASE)
	String add(@PathVariable long id, @Validated @ModelAttribute("conventionReferentForm") ConventionReferentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.conventions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (errors.hasErrors()) {
			return this.page.render(id, model);
		}
		this.referents.add(form.toReferent(0, id));
		redirect.addFlashAttribute("notice", "palliative.conventionReferent.saved");
		return "redirect:/staff/palliative/conventions/" + id + "#referents-heading";
	}

	@GetMapping(BASE + "/{referent}")
	String edit(@PathVariable long id, @PathVariable long referent, Model model) {
		ConventionReferent found = referent(id, referent);
		if (!model.containsAttribute("conventionReferentForm")) {
			model.addAttribute("conventionReferentForm", ConventionReferentForm.of(found));
		}
		model.addAttribute("referent", found);
		model.addAttribute("convention", this.conventions.find(id).orElseThrow());
		return "palliative/convention-referent";
	}

	@PostMapping(BASE + "/{referent}")
	String change(@PathVariable long id, @PathVariable long referent,
			@Validated @ModelAttribute("conventionReferentForm") ConventionReferentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ConventionReferent found = referent(id, referent);
		if (errors.hasErrors()) {
			return edit(id, referent, model);
		}
		this.referents.change(form.toReferent(found.id(), id));
		redirect.addFlashAttribute("notice", "palliative.conventionReferent.saved");
		return "redirect:/staff/palliative/conventions/" + id + "#referents-heading";
	}

	@PostMapping(BASE + "/{referent}/remove")
	String remove(@PathVariable long id, @PathVariable long referent, RedirectAttributes redirect) {
		this.referents.remove(referent(id, referent));
		redirect.addFlashAttribute("notice", "palliative.conventionReferent.removed");
		return "redirect:/staff/palliative/conventions/" + id + "#referents-heading";
	}

	private ConventionReferent referent(long conventionId, long referentId) {
		return this.referents.find(referentId)
			.filter((found) -> found.conventionId() == conventionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

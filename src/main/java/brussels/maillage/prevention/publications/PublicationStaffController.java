package brussels.maillage.prevention.publications;

import java.util.UUID;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.prevention.programmes.ProgrammeService;

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
 * The staff pages of the register: registering a publication (with a link or a stored
 * PDF), changing one, and taking one out.
 */
@Controller
class PublicationStaffController {

	private static final int LISTED = 200;

	private final PublicationService publications;

	private final ProgrammeService programmes;

	private final PublicationChecks checks;

	PublicationStaffController(PublicationService publications, ProgrammeService programmes, PublicationChecks checks) {
		this.publications = publications;
		this.programmes = programmes;
		this.checks = checks;
	}

	@GetMapping("/staff/publications")
	String staff(Model model) {
		if (!model.containsAttribute("publicationForm")) {
			model.addAttribute("publicationForm", PublicationForm.empty());
		}
		model.addAttribute("publications", this.publications.latest(LISTED));
		choices(model);
		return "prevention/publications-staff";
	}

	@PostMapping("/staff/publications")
	String register(@Validated @ModelAttribute("publicationForm") PublicationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PublicationChecks.Checked checked = this.checks.check(form, false, errors);
		if (errors.hasErrors()) {
			return staff(model);
		}
		this.publications.register(publication(UUID.randomUUID(), form, checked, checked.pdf() != null), checked.pdf(),
				user.email());
		redirect.addFlashAttribute("notice", "publication.notice.registered");
		return "redirect:/staff/publications";
	}

	@GetMapping("/staff/publications/{id}")
	String edit(@PathVariable String id, Model model) {
		Publication publication = find(id);
		if (!model.containsAttribute("publicationForm")) {
			model.addAttribute("publicationForm", PublicationForm.of(publication));
		}
		model.addAttribute("publication", publication);
		choices(model);
		return "prevention/publication-edit";
	}

	@PostMapping("/staff/publications/{id}")
	String update(@PathVariable String id, @Validated @ModelAttribute("publicationForm") PublicationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Publication publication = find(id);
		PublicationChecks.Checked checked = this.checks.check(form, publication.hasPdf(), errors);
		if (errors.hasErrors()) {
			return edit(id, model);
		}
		this.publications.update(
				publication(publication.id(), form, checked, publication.hasPdf() || checked.pdf() != null),
				checked.pdf());
		redirect.addFlashAttribute("notice", "publication.notice.changed");
		return "redirect:/staff/publications";
	}

	@PostMapping("/staff/publications/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		if (this.publications.remove(find(id).id())) {
			redirect.addFlashAttribute("notice", "publication.notice.removed");
		}
		return "redirect:/staff/publications";
	}

	private void choices(Model model) {
		model.addAttribute("programmes", this.programmes.all());
		model.addAttribute("series", Publication.Series.values());
		model.addAttribute("publicationLanguages", PublicationForm.LANGUAGES);
	}

	private Publication find(String id) {
		try {
			return this.publications.publication(UUID.fromString(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static Publication publication(UUID id, PublicationForm form, PublicationChecks.Checked checked,
			boolean hasPdf) {
		return new Publication(id, Publication.Series.valueOf(form.series()),
				(form.issue() != null && !form.issue().isBlank()) ? form.issue().strip() : null, form.title(),
				checked.publishedOn(), form.languages(), form.url().isEmpty() ? null : form.url(), hasPdf,
				form.summary(), form.themeList(), checked.programmeId(), null);
	}

}

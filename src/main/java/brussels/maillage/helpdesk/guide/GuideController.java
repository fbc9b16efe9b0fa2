package brussels.maillage.helpdesk.guide;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

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
 * The respondent's guide: read by every respondent, edited in French and Dutch by
 * coordinators.
 */
@Controller
class GuideController {

	private final GuideService guide;

	GuideController(GuideService guide) {
		this.guide = guide;
	}

	@GetMapping("/staff/helpdesk/guide")
	String guide(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("pages", this.guide.pages());
		model.addAttribute("coordinator", user.has(Role.COORDINATOR));
		return "helpdesk/guide";
	}

	@GetMapping("/staff/helpdesk/guide/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		coordinator(user);
		GuidePage page = this.guide.page(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return form(model, id, GuideForm.of(page));
	}

	@GetMapping("/staff/helpdesk/guide/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		coordinator(user);
		return form(model, null, GuideForm.after(this.guide.pages().size()));
	}

	@PostMapping({ "/staff/helpdesk/guide", "/staff/helpdesk/guide/{id}" })
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) Long id,
			@Validated @ModelAttribute("guideForm") GuideForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		coordinator(user);
		if (errors.hasErrors()) {
			model.addAttribute("pageId", id);
			model.addAttribute("fields", GuideForm.FIELDS);
			return "helpdesk/guide-edit";
		}
		this.guide.save(user, id, form.order(), form.titleFr().strip(), form.titleNl().strip(), form.bodyFr().strip(),
				form.bodyNl().strip());
		redirect.addFlashAttribute("notice", "helpdesk.guide.saved");
		return "redirect:/staff/helpdesk/guide";
	}

	private static String form(Model model, Long id, GuideForm form) {
		model.addAttribute("pageId", id);
		model.addAttribute("guideForm", form);
		model.addAttribute("fields", GuideForm.FIELDS);
		return "helpdesk/guide-edit";
	}

	private static void coordinator(CurrentUser user) {
		GuideService.coordinator(user);
	}

}

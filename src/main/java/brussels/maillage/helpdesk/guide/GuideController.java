package brussels.maillage.helpdesk.guide;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		model.addAttribute("pageId", id);
		model.addAttribute("position", page.position());
		model.addAttribute("titleFr", page.title().fr());
		model.addAttribute("titleNl", page.title().nl());
		model.addAttribute("bodyFr", page.body().fr());
		model.addAttribute("bodyNl", page.body().nl());
		return "helpdesk/guide-edit";
	}

	@GetMapping("/staff/helpdesk/guide/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		coordinator(user);
		model.addAttribute("position", this.guide.pages().size() + 1);
		return "helpdesk/guide-edit";
	}

	@PostMapping({ "/staff/helpdesk/guide", "/staff/helpdesk/guide/{id}" })
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) Long id,
			@RequestParam(defaultValue = "0") String position, @RequestParam String titleFr,
			@RequestParam String titleNl, @RequestParam String bodyFr, @RequestParam String bodyNl, Model model,
			RedirectAttributes redirect) {
		coordinator(user);
		int order;
		try {
			order = Integer.parseInt(position.strip());
		}
		catch (NumberFormatException ex) {
			order = -1;
		}
		model.addAttribute("pageId", id);
		model.addAttribute("position", position);
		model.addAttribute("titleFr", titleFr);
		model.addAttribute("titleNl", titleNl);
		model.addAttribute("bodyFr", bodyFr);
		model.addAttribute("bodyNl", bodyNl);
		boolean invalid = false;
		for (String[] field : new String[][] { { "titleFr", titleFr, "200" }, { "titleNl", titleNl, "200" },
				{ "bodyFr", bodyFr, "10000" }, { "bodyNl", bodyNl, "10000" } }) {
			if (field[1] == null || field[1].isBlank() || field[1].length() > Integer.parseInt(field[2])) {
				model.addAttribute(field[0] + "Error", "helpdesk.guide.error.text");
				invalid = true;
			}
		}
		if (order < 0 || order > 1000) {
			model.addAttribute("positionError", "helpdesk.guide.error.position");
			invalid = true;
		}
		if (invalid) {
			return "helpdesk/guide-edit";
		}
		this.guide.save(user, id, order, titleFr.strip(), titleNl.strip(), bodyFr.strip(), bodyNl.strip());
		redirect.addFlashAttribute("notice", "helpdesk.guide.saved");
		return "redirect:/staff/helpdesk/guide";
	}

	private static void coordinator(CurrentUser user) {
		GuideService.coordinator(user);
	}

}

package brussels.maillage.directory.review;

import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages that keep the directory true: the review queue and the public's
 * reports.
 */
@Controller
class ReviewController {

	private static final int PAGE_SIZE = 50;

	private final DirectoryService directory;

	private final ReviewService reviews;

	ReviewController(DirectoryService directory, ReviewService reviews) {
		this.directory = directory;
		this.reviews = reviews;
	}

	@GetMapping("/staff/repertoire/review")
	String review(@RequestParam(required = false) String months, @RequestParam(required = false) String bassin,
			@RequestParam(required = false) String theme, @RequestParam(defaultValue = "1") String page, Model model) {
		Integer period = switch ((months != null) ? months : "") {
			case "3", "6", "12", "18", "24", "36" -> Integer.valueOf(months);
			default -> null;
		};
		String chosenBassin = (bassin != null && TerritoryScope.BASSIN_CODES.contains(bassin)) ? bassin : null;
		String chosenTheme = this.directory.themes().stream().anyMatch((t) -> t.code().equals(theme)) ? theme : null;
		int pageNumber = 1;
		try {
			pageNumber = Math.clamp(Long.parseLong(page.strip()), 1, 10_000);
		}
		catch (NumberFormatException ex) {
			// first page
		}
		ReviewQueue queue = this.reviews.reviewQueue(period, chosenBassin, chosenTheme, pageNumber - 1, PAGE_SIZE);
		model.addAttribute("queue", queue);
		model.addAttribute("months", queue.months());
		model.addAttribute("bassin", chosenBassin);
		model.addAttribute("theme", chosenTheme);
		model.addAttribute("bassins", TerritoryScope.BASSIN_CODES);
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("periods", List.of(3, 6, 12, 18, 24, 36));
		return "directory/review";
	}

	// Reports from the public (they arrive through DirectoryController)

	@GetMapping("/staff/repertoire/reports")
	String reports(@RequestParam(defaultValue = "open") String status, Model model) {
		String chosen = List.of("open", "accepted", "rejected").contains(status) ? status : "open";
		model.addAttribute("status", chosen);
		model.addAttribute("reports", this.reviews.reports(chosen, 200));
		return "directory/reports";
	}

	@PostMapping("/staff/repertoire/reports/{id}/{decision:accept|reject}")
	String handle(@PathVariable UUID id, @PathVariable String decision, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		boolean accepted = "accept".equals(decision);
		var service = this.reviews.handle(id, accepted, user.email());
		redirect.addFlashAttribute("notice",
				service.isPresent() ? (accepted ? "directory.report.acceptedNotice" : "directory.report.rejectedNotice")
						: "directory.report.alreadyHandled");
		if (accepted && service.isPresent()) {
			return "redirect:/staff/repertoire/services/" + service.get() + "/edit";
		}
		return "redirect:/staff/repertoire/reports";
	}

}

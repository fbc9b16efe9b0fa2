package brussels.maillage.helpdesk.followups;

import java.time.Clock;
import java.time.LocalDate;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Follow-up actions due: overdue, today and in the coming two weeks, of the lines the
 * person may see, per line and per respondent; marking one done.
 */
@Controller
class FollowUpController {

	private final FollowUpService followUps;

	private final Clock clock;

	FollowUpController(FollowUpService followUps, Clock clock) {
		this.followUps = followUps;
		this.clock = clock;
	}

	@GetMapping("/staff/helpdesk/follow-ups")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String line,
			@RequestParam(required = false) String respondent, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE));
		FollowUpService.Due due = this.followUps.list(user, line, respondent, today);
		model.addAttribute("overdue", due.shown().stream().filter((f) -> f.dueOn().isBefore(today)).toList());
		model.addAttribute("today", due.shown().stream().filter((f) -> f.dueOn().isEqual(today)).toList());
		model.addAttribute("coming", due.shown().stream().filter((f) -> f.dueOn().isAfter(today)).toList());
		model.addAttribute("lineChoices", due.lineChoices());
		model.addAttribute("respondents", due.respondents());
		model.addAttribute("chosenLine", due.chosenLine());
		model.addAttribute("chosenRespondent", due.chosenRespondent());
		model.addAttribute("comingDays", FollowUpService.COMING_DAYS);
		model.addAttribute("back", back(due.chosenLine(), due.chosenRespondent()));
		return "helpdesk/follow-ups";
	}

	@PostMapping("/staff/helpdesk/follow-ups/{id}/done")
	String done(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		long request = this.followUps.markDone(user, id);
		redirect.addFlashAttribute("notice", "helpdesk.followUps.doneNotice");
		if ("request".equals(back)) {
			return "redirect:/staff/helpdesk/requests/" + request;
		}
		return "redirect:" + ((back != null && back.startsWith("/staff/helpdesk/follow-ups") && !back.startsWith("//"))
				? back : "/staff/helpdesk/follow-ups");
	}

	@ExceptionHandler(HelpdeskService.NotAllowed.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed(Model model) {
		model.addAttribute("status", 403);
		return "helpdesk/forbidden";
	}

	private static String back(String line, Long respondent) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/staff/helpdesk/follow-ups");
		if (line != null) {
			uri.queryParam("line", line);
		}
		if (respondent != null) {
			uri.queryParam("respondent", respondent);
		}
		return uri.build().toUriString();
	}

}

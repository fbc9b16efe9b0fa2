package brussels.maillage.helpdesk.requests;

import java.time.Clock;
import java.time.LocalDate;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.followups.FollowUpService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The helpdesk's first page: the latest requests one may see, who is on duty, the
 * follow-ups due and the mailboxes that could not be read.
 */
@Controller
class HelpdeskHomeController {

	private final RequestService requests;

	private final RequestLines lines;

	private final MailboxStatusRepository mailboxes;

	private final FollowUpService followUps;

	private final Clock clock;

	HelpdeskHomeController(RequestService requests, RequestLines lines, MailboxStatusRepository mailboxes,
			FollowUpService followUps, Clock clock) {
		this.requests = requests;
		this.lines = lines;
		this.mailboxes = mailboxes;
		this.followUps = followUps;
		this.clock = clock;
	}

	@GetMapping("/staff/helpdesk")
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("requests", this.requests.latest(user, 50));
		model.addAttribute("lines", this.lines.all());
		model.addAttribute("onDuty", this.lines.onDutyAt(this.clock.instant()));
		model.addAttribute("coordinator", user.has(Role.COORDINATOR));
		model.addAttribute("mailboxProblems", this.mailboxes.problems());
		LocalDate today = LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE));
		FollowUpService.DueCounts due = this.followUps.dueCounts(user, today);
		model.addAttribute("dueOverdue", due.overdue());
		model.addAttribute("dueToday", due.today());
		model.addAttribute("dueComing", due.coming());
		model.addAttribute("dueMine", due.mine());
		model.addAttribute("comingDays", FollowUpService.COMING_DAYS);
		return "helpdesk/index";
	}

}

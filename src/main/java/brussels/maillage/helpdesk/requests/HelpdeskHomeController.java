package brussels.maillage.helpdesk.requests;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.followups.DueFollowUp;
import brussels.maillage.helpdesk.followups.FollowUpService;
import brussels.maillage.helpdesk.lines.LineRepository;
import brussels.maillage.helpdesk.lines.MailboxStatusRepository;
import brussels.maillage.helpdesk.permanences.PermanenceService;
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

	private final LineRepository lines;

	private final PermanenceService permanences;

	private final MailboxStatusRepository mailboxes;

	private final FollowUpService followUps;

	HelpdeskHomeController(RequestService requests, LineRepository lines, PermanenceService permanences,
			MailboxStatusRepository mailboxes, FollowUpService followUps) {
		this.requests = requests;
		this.lines = lines;
		this.permanences = permanences;
		this.mailboxes = mailboxes;
		this.followUps = followUps;
	}

	@GetMapping("/staff/helpdesk")
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("requests", this.requests.latest(user, 50));
		model.addAttribute("lines", this.lines.all());
		model.addAttribute("onDuty", this.permanences.onDutyNow());
		model.addAttribute("coordinator", user.has(Role.COORDINATOR));
		model.addAttribute("mailboxProblems", this.mailboxes.problems());
		LocalDate today = LocalDate.now(HelpdeskService.TIME_ZONE);
		List<DueFollowUp> due = this.followUps.due(user, today.plusDays(FollowUpService.COMING_DAYS));
		model.addAttribute("dueOverdue", due.stream().filter((f) -> f.dueOn().isBefore(today)).count());
		model.addAttribute("dueToday", due.stream().filter((f) -> f.dueOn().isEqual(today)).count());
		model.addAttribute("dueComing", due.stream().filter((f) -> f.dueOn().isAfter(today)).count());
		model.addAttribute("dueMine",
				due.stream()
					.filter((f) -> Long.valueOf(user.id()).equals(f.respondentId()) && !f.dueOn().isAfter(today))
					.count());
		model.addAttribute("comingDays", FollowUpService.COMING_DAYS);
		return "helpdesk/index";
	}

}

package brussels.maillage.helpdesk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Follow-up actions due: overdue, today and in the coming two weeks, of the lines the
 * person may see, per line and per respondent; marking one done.
 */
@Controller
class FollowUpController {

	/** How far ahead "coming" follow-ups are listed. */
	static final int COMING_DAYS = 14;

	private final FollowUps followUps;

	private final HelpdeskService helpdesk;

	private final Lines lines;

	private final AuditLog audit;

	FollowUpController(FollowUps followUps, HelpdeskService helpdesk, Lines lines, AuditLog audit) {
		this.followUps = followUps;
		this.helpdesk = helpdesk;
		this.lines = lines;
		this.audit = audit;
	}

	@GetMapping("/staff/helpdesk/follow-ups")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String line,
			@RequestParam(required = false) String respondent, Model model) {
		List<String> visible = this.helpdesk.visibleLines(user);
		boolean coordinator = user.has(Role.COORDINATOR);
		List<String> lineChoices = new ArrayList<>((visible != null) ? visible : this.lines.codes());
		if (coordinator) {
			lineChoices.add(StatisticsFilter.UNRECORDED);
		}
		String chosenLine = (line != null && lineChoices.contains(line)) ? line : null;
		LocalDate today = LocalDate.now(RequestChecks.BRUSSELS);
		List<DueFollowUp> all = this.followUps.due(visible, coordinator, chosenLine, null, today.plusDays(COMING_DAYS));
		Map<Long, String> respondents = new LinkedHashMap<>();
		respondents.put(user.id(), user.displayName());
		all.stream()
			.filter((due) -> due.respondentId() != null)
			.sorted((a, b) -> String.valueOf(a.respondent()).compareTo(String.valueOf(b.respondent())))
			.forEach((due) -> respondents.putIfAbsent(due.respondentId(), due.respondent()));
		Long chosenRespondent = null;
		if ("me".equals(respondent)) {
			chosenRespondent = user.id();
		}
		else if (respondent != null && respondent.matches("\\d{1,18}")
				&& respondents.containsKey(Long.parseLong(respondent))) {
			chosenRespondent = Long.parseLong(respondent);
		}
		Long wanted = chosenRespondent;
		List<DueFollowUp> shown = all.stream()
			.filter((due) -> wanted == null || wanted.equals(due.respondentId()))
			.toList();
		model.addAttribute("overdue", shown.stream().filter((due) -> due.dueOn().isBefore(today)).toList());
		model.addAttribute("today", shown.stream().filter((due) -> due.dueOn().isEqual(today)).toList());
		model.addAttribute("coming", shown.stream().filter((due) -> due.dueOn().isAfter(today)).toList());
		model.addAttribute("lineChoices", lineChoices);
		model.addAttribute("respondents", respondents);
		model.addAttribute("chosenLine", chosenLine);
		model.addAttribute("chosenRespondent", chosenRespondent);
		model.addAttribute("comingDays", COMING_DAYS);
		model.addAttribute("back", back(chosenLine, chosenRespondent));
		this.audit.record("helpdesk.followups.listed", "helpdesk_follow_up", null,
				"line " + chosenLine + ", respondent " + chosenRespondent + ", " + shown.size() + " shown");
		return "helpdesk/follow-ups";
	}

	@PostMapping("/staff/helpdesk/follow-ups/{id}/done")
	@Transactional
	String done(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		Optional<String> line = this.followUps.lineOf(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		long request = this.followUps.requestOf(id);
		if (line.isPresent() ? !this.helpdesk.canSee(user, line.get()) : !user.has(Role.COORDINATOR)) {
			this.audit.record("helpdesk.followup.denied", "helpdesk_request", request, "follow-up " + id);
			throw new HelpdeskService.NotAllowed();
		}
		if (this.followUps.markDone(id, user.displayName())) {
			this.audit.record("helpdesk.followup.done", "helpdesk_request", request, "follow-up " + id);
		}
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

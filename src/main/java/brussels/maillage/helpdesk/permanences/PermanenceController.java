package brussels.maillage.helpdesk.permanences;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The permanences: the roster of the coming two weeks with uncovered half-days flagged,
 * assignment by coordinators, swaps between staff, and each person's calendar feed.
 */
@Controller
class PermanenceController {

	static final int DAYS = 14;

	private final PermanenceService permanences;

	private final LineService lines;

	private final Clock clock;

	PermanenceController(PermanenceService permanences, LineService lines, Clock clock) {
		this.permanences = permanences;
		this.lines = lines;
		this.clock = clock;
	}

	@GetMapping("/staff/helpdesk/permanences")
	String roster(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE));
		LocalDate start = today;
		if (from != null) {
			try {
				start = LocalDate.parse(from);
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("fromError", "helpdesk.dashboard.error.date");
			}
		}
		LocalDate end = start.plusDays(DAYS - 1);
		List<Line> all = this.lines.all();
		model.addAttribute("from", start);
		model.addAttribute("previous", start.minusDays(DAYS));
		model.addAttribute("next", start.plusDays(DAYS));
		model.addAttribute("lines", all);
		model.addAttribute("rows", this.permanences.roster(all, start, end));
		model.addAttribute("uncovered", this.permanences.uncovered(today, today.plusDays(DAYS - 1)));
		model.addAttribute("mine", this.permanences.of(user.id(), today));
		model.addAttribute("swaps", this.permanences.swapsFor(user.id()));
		model.addAttribute("coordinator", user.has(Role.COORDINATOR));
		model.addAttribute("hasFeed", this.permanences.hasCalendarToken(user.id()));
		model.addAttribute("me", user.id());
		model.addAttribute("assignmentFields", AssignmentForm.FIELDS);
		if (!model.containsAttribute("assignmentForm")) {
			model.addAttribute("assignmentForm", AssignmentForm.empty());
		}
		if (!model.containsAttribute("swapForm")) {
			model.addAttribute("swapForm", new SwapForm(null));
		}
		return "helpdesk/permanences";
	}

	@PostMapping("/staff/helpdesk/permanences/assign")
	String assign(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult errors,
			RedirectAttributes redirect) {
		LocalDate assigned = this.permanences.assign(user, form, errors);
		if (assigned == null) {
			keep(redirect, "assignmentForm", form, errors);
			return "redirect:/staff/helpdesk/permanences#assign";
		}
		redirect.addFlashAttribute("notice", "helpdesk.permanences.assigned");
		return "redirect:/staff/helpdesk/permanences?from=" + assigned;
	}

	@PostMapping("/staff/helpdesk/permanences/{id}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.permanences.remove(user, id);
		redirect.addFlashAttribute("notice", "helpdesk.permanences.removed");
		return "redirect:/staff/helpdesk/permanences";
	}

	@PostMapping("/staff/helpdesk/permanences/{id}/swap")
	String proposeSwap(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("swapForm") SwapForm form, BindingResult errors, RedirectAttributes redirect) {
		if (!this.permanences.proposeSwap(user, id, form, errors)) {
			keep(redirect, "swapForm", form, errors);
			redirect.addFlashAttribute("swapShift", id);
			return "redirect:/staff/helpdesk/permanences#mine";
		}
		redirect.addFlashAttribute("notice", "helpdesk.permanences.swapProposed");
		return "redirect:/staff/helpdesk/permanences";
	}

	@PostMapping("/staff/helpdesk/permanences/swaps/{id}")
	String answerSwap(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam boolean accept,
			RedirectAttributes redirect) {
		this.permanences.answerSwap(user, id, accept);
		redirect.addFlashAttribute("notice",
				accept ? "helpdesk.permanences.swapAccepted" : "helpdesk.permanences.swapDeclined");
		return "redirect:/staff/helpdesk/permanences";
	}

	@PostMapping("/staff/helpdesk/permanences/calendar")
	String newFeed(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedToken", this.permanences.newCalendarToken(user));
		return "redirect:/staff/helpdesk/permanences#calendar";
	}

	/** Keeps a refused form and its errors for the page the browser is sent back to. */
	private static void keep(RedirectAttributes redirect, String name, Object form, BindingResult errors) {
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
	}

	@GetMapping("/helpdesk/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		String calendar = this.permanences.calendar(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(calendar);
	}

}

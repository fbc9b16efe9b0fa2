package brussels.maillage.helpdesk;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The permanences: the roster of the coming two weeks with uncovered half-days flagged,
 * assignment by coordinators, swaps between staff, and each person's calendar feed.
 */
@Controller
class PermanenceController {

	static final int DAYS = 14;

	private final Permanences permanences;

	private final Lines lines;

	private final Accounts accounts;

	private final AuditLog audit;

	PermanenceController(Permanences permanences, Lines lines, Accounts accounts, AuditLog audit) {
		this.permanences = permanences;
		this.lines = lines;
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/staff/helpdesk/permanences")
	String roster(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from, Model model) {
		LocalDate today = LocalDate.now(RequestChecks.BRUSSELS);
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
		List<Shift> shifts = this.permanences.between(start, end);
		List<RosterRow> rows = new ArrayList<>();
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			for (String half : List.of("AM", "PM")) {
				ZonedDateTime moment = day.atTime("AM".equals(half) ? Permanences.MORNING : Permanences.NOON)
					.atZone(RequestChecks.BRUSSELS);
				if (all.stream().noneMatch((line) -> line.openAt(moment))) {
					continue;
				}
				List<RosterRow.Cell> cells = new ArrayList<>();
				for (Line line : all) {
					LocalDate thisDay = day;
					Optional<Shift> shift = shifts.stream()
						.filter((s) -> s.lineCode().equals(line.code()) && s.day().equals(thisDay)
								&& s.half().equals(half))
						.findFirst();
					String state = shift.isPresent() ? "COVERED" : line.openAt(moment) ? "UNCOVERED" : "CLOSED";
					cells.add(new RosterRow.Cell(line.code(), state, shift.orElse(null)));
				}
				rows.add(new RosterRow(day, half, cells));
			}
		}
		model.addAttribute("from", start);
		model.addAttribute("previous", start.minusDays(DAYS));
		model.addAttribute("next", start.plusDays(DAYS));
		model.addAttribute("lines", all);
		model.addAttribute("rows", rows);
		model.addAttribute("uncovered", this.permanences.uncovered(today, today.plusDays(DAYS - 1)));
		model.addAttribute("mine", this.permanences.of(user.id(), today));
		model.addAttribute("swaps", this.permanences.swapsFor(user.id()));
		model.addAttribute("coordinator", user.has(Role.COORDINATOR));
		model.addAttribute("hasFeed", this.permanences.hasCalendarToken(user.id()));
		model.addAttribute("me", user.id());
		return "helpdesk/permanences";
	}

	@PostMapping("/staff/helpdesk/permanences/assign")
	String assign(@AuthenticationPrincipal CurrentUser user, @RequestParam String line, @RequestParam String day,
			@RequestParam String half, @RequestParam String email, RedirectAttributes redirect) {
		if (!user.has(Role.COORDINATOR)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		redirect.addFlashAttribute("assignLine", line);
		redirect.addFlashAttribute("assignDay", day);
		redirect.addFlashAttribute("assignHalf", half);
		redirect.addFlashAttribute("assignEmail", email);
		if (this.lines.find(line).isEmpty()) {
			return assignError(redirect, "line", "helpdesk.error.line.unknown");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			return assignError(redirect, "day", "helpdesk.error.followUp.invalid");
		}
		if (!List.of("AM", "PM").contains(half)) {
			return assignError(redirect, "half", "helpdesk.error.choice");
		}
		Optional<CurrentUser> person = this.accounts.findByEmail(email.strip().toLowerCase());
		if (person.isEmpty() || !person.get().has(Role.STAFF)) {
			return assignError(redirect, "email", "helpdesk.permanences.error.person");
		}
		this.permanences.assign(line, date, half, person.get());
		this.audit.record("helpdesk.shift.assigned", "helpdesk_shift", line + " " + date + " " + half,
				person.get().email());
		redirect.addFlashAttribute("notice", "helpdesk.permanences.assigned");
		return "redirect:/staff/helpdesk/permanences?from=" + date;
	}

	private static String assignError(RedirectAttributes redirect, String field, String key) {
		redirect.addFlashAttribute("assignErrorField", field);
		redirect.addFlashAttribute("assignError", key);
		return "redirect:/staff/helpdesk/permanences#assign";
	}

	@PostMapping("/staff/helpdesk/permanences/{id}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (!user.has(Role.COORDINATOR)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		this.permanences.remove(id);
		this.audit.record("helpdesk.shift.removed", "helpdesk_shift", id, null);
		redirect.addFlashAttribute("notice", "helpdesk.permanences.removed");
		return "redirect:/staff/helpdesk/permanences";
	}

	@PostMapping("/staff/helpdesk/permanences/{id}/swap")
	String proposeSwap(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String email,
			RedirectAttributes redirect) {
		Shift shift = this.permanences.shift(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (shift.userId() != user.id()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Optional<CurrentUser> colleague = this.accounts.findByEmail(email.strip().toLowerCase());
		if (colleague.isEmpty() || !colleague.get().has(Role.STAFF) || colleague.get().id() == user.id()) {
			redirect.addFlashAttribute("swapError", "helpdesk.permanences.error.person");
			redirect.addFlashAttribute("swapShift", id);
			redirect.addFlashAttribute("swapEmail", email);
			return "redirect:/staff/helpdesk/permanences#mine";
		}
		this.permanences.proposeSwap(shift, user, colleague.get());
		this.audit.record("helpdesk.shift.swapProposed", "helpdesk_shift", id, colleague.get().email());
		redirect.addFlashAttribute("notice", "helpdesk.permanences.swapProposed");
		return "redirect:/staff/helpdesk/permanences";
	}

	@PostMapping("/staff/helpdesk/permanences/swaps/{id}")
	String answerSwap(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam boolean accept,
			RedirectAttributes redirect) {
		if (!this.permanences.answerSwap(id, user.id(), accept)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.audit.record(accept ? "helpdesk.shift.swapAccepted" : "helpdesk.shift.swapDeclined", "helpdesk_swap", id,
				null);
		redirect.addFlashAttribute("notice",
				accept ? "helpdesk.permanences.swapAccepted" : "helpdesk.permanences.swapDeclined");
		return "redirect:/staff/helpdesk/permanences";
	}

	@PostMapping("/staff/helpdesk/permanences/calendar")
	String newFeed(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String token = this.permanences.newCalendarToken(user.id());
		this.audit.record("helpdesk.calendar.created", "user", user.id(), null);
		redirect.addFlashAttribute("feedToken", token);
		return "redirect:/staff/helpdesk/permanences#calendar";
	}

	@GetMapping("/helpdesk/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		long userId = this.permanences.calendarOwner(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.body(this.permanences.calendar(userId));
	}

}

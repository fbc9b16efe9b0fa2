package brussels.maillage.events.agenda;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.HeadcountExactness;
import brussels.maillage.events.StaffListFilter;
import brussels.maillage.system.forms.FormProblems;
import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Staff pages: the list of events, creating and editing one with errors next to the
 * fields, its registrants, and the check-in list of each session.
 */
@Controller
class EventStaffController {

	private final EventsService events;

	private final DirectoryService directory;

	private final Accounts accounts;

	private final AgendaItems pages;

	private final SessionRequestService requests;

	private final EventChecks checks;

	EventStaffController(EventsService events, DirectoryService directory, Accounts accounts, AgendaItems pages,
			SessionRequestService requests, EventChecks checks) {
		this.checks = checks;
		this.requests = requests;
		this.events = events;
		this.directory = directory;
		this.accounts = accounts;
		this.pages = pages;
	}

	/** Events per page of the staff list. */
	static final int PAGE_SIZE = 25;

	@GetMapping("/staff/events")
	String list(@RequestParam(required = false) String when, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String territory,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") String page, Model model,
			Locale locale) {
		StaffListFilter filter = StaffListFilter.of(when, q, kind, territory, status);
		long total = this.events.countStaffList(filter);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(number(page), 1), pages);
		List<Event> found = this.events.staffList(filter, (shown - 1) * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("items",
				found.stream().map((event) -> this.pages.itemWithoutPlaces(event, locale)).toList());
		model.addAttribute("places", this.events.places(found));
		model.addAttribute("total", total);
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("territories", EventsService.TERRITORIES);
		model.addAttribute("statuses", List.of(EventStatus.values()));
		return "events/staff-list";
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	@GetMapping("/staff/events/new")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID request,
			Model model) {
		String home = user.territories()
			.stream()
			.map(Enum::name)
			.filter(EventsService.TERRITORIES::contains)
			.findFirst()
			.orElse("REGION");
		EventForm form = EventForm.empty(home, home);
		SessionRequest asked = (request != null) ? this.requests.find(request).orElse(null) : null;
		if (asked != null) {
			String team = asked.territory();
			form = new EventForm("INFO_SESSION", "Brus'info : " + asked.organisation(),
					"Brus'info: " + asked.organisation(), "", asked.topic(), "", "", asked.language(), "place", "", "",
					"", asked.territory(), java.util.List.of(), team, String.valueOf(asked.expectedPeople()), "", "",
					"", "PUBLISHED", java.util.List.of(), java.util.List.of(), java.util.List.of(), null, "", "EXACT",
					asked.territory(), "", "");
		}
		model.addAttribute("sessionRequest", asked);
		return form(form, Map.of(), null, model);
	}

	@PostMapping("/staff/events")
	String create(@AuthenticationPrincipal CurrentUser user, EventForm form,
			@RequestParam(required = false) UUID request, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SessionRequest asked = (request != null) ? this.requests.find(request).orElse(null) : null;
		model.addAttribute("sessionRequest", asked);
		Map<String, String> errors = this.checks.problems(form, true, user);
		if (!errors.isEmpty()) {
			response.setStatus(422);
			return form(form, errors, null, model);
		}
		UUID id = this.events.create(form.toDraft(EventsService.TIME_ZONE), (asked != null) ? asked.id() : null, null);
		if (asked != null) {
			this.requests.scheduled(asked.id(), id,
					ServletUriComponentsBuilder.fromCurrentContextPath().path("/agenda/" + id).toUriString());
		}
		redirect.addFlashAttribute("notice", "events.staff.created");
		return "redirect:/staff/events/" + id;
	}

	@GetMapping("/staff/events/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		Event event = editable(user, id);
		return form(EventForm.of(event, EventsService.TIME_ZONE), Map.of(), event, model);
	}

	@PostMapping("/staff/events/{id}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, EventForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Event event = editable(user, id);
		Map<String, String> errors = this.checks.problems(form, false, user);
		if (!errors.isEmpty()) {
			response.setStatus(422);
			return form(form, errors, event, model);
		}
		this.events.update(id, form.toDraft(EventsService.TIME_ZONE));
		redirect.addFlashAttribute("notice", "events.staff.saved");
		return "redirect:/staff/events/" + id;
	}

	@GetMapping("/staff/events/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model, Locale locale) {
		Event event = editable(user, id);
		model.addAttribute("item", this.pages.item(event, locale));
		model.addAttribute("places", this.events.places(id));
		model.addAttribute("registrations", this.events.registrants(id));
		return "events/staff-event";
	}

	@GetMapping("/staff/events/{id}/presences/{position}")
	String checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int position,
			Model model, Locale locale) {
		Event event = editable(user, id);
		EventSession session = session(event, position);
		model.addAttribute("item", this.pages.item(event, locale));
		model.addAttribute("checkSession", session);
		model.addAttribute("sessionWhen", this.pages.when(event.withOnly(session), locale));
		model.addAttribute("rows", this.events.checkIn(id, session.id()));
		return "events/checkin";
	}

	@PostMapping("/staff/events/{id}/presences/{position}")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int position,
			@RequestParam UUID registration, @RequestParam boolean present) {
		Event event = editable(user, id);
		EventSession session = session(event, position);
		try {
			this.events.recordAttendance(id, session.id(), registration, present, user.email());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return "redirect:/staff/events/" + id + "/presences/" + position + "#r-" + registration;
	}

	private static EventSession session(Event event, int position) {
		return event.sessions()
			.stream()
			.filter((candidate) -> candidate.position() == position)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Event editable(CurrentUser user, UUID id) {
		Event event = this.events.event(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!user.worksFor(EventsService.scope(event.territory()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return event;
	}

	private String form(EventForm form, Map<String, String> errors, Event event, Model model) {
		FormProblems.show(model, "form", form, errors);
		model.addAttribute("event", event);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("eventLanguages", EventForm.LANGUAGES);
		model.addAttribute("territories", EventsService.TERRITORIES);
		model.addAttribute("exactnesses", HeadcountExactness.values());
		model.addAttribute("teams", this.accounts.teams());
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("sessionRows", EventForm.SESSION_ROWS);
		model.addAttribute("statuses", java.util.List.of("DRAFT", "PUBLISHED", "CANCELLED"));
		return "events/staff-form";
	}

}

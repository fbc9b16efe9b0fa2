package brussels.maillage.events.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.events.AgendaFilter;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.Registration;
import brussels.maillage.events.RegistrationRefused;
import brussels.maillage.events.RegistrationResult;
import brussels.maillage.events.RegistrationStatus;
import brussels.maillage.system.forms.FormProblems;
import brussels.maillage.territory.TerritoryService;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
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
 * The public pages: the agenda by month, one page per event with its registration form,
 * and the personal registration page reached by the link sent by e-mail.
 */
@Controller
class EventController {

	private final EventsService events;

	private final DirectoryService directory;

	private final TerritoryService territory;

	private final JsonMapper json;

	private final PublishedOpenDoors openDoors;

	private final AgendaItems items;

	private final Clock clock;

	EventController(EventsService events, DirectoryService directory, TerritoryService territory, JsonMapper json,
			PublishedOpenDoors openDoors, AgendaItems items, Clock clock) {
		this.clock = clock;
		this.items = items;
		this.openDoors = openDoors;
		this.events = events;
		this.directory = directory;
		this.territory = territory;
		this.json = json;
	}

	@GetMapping("/agenda")
	String agenda(@RequestParam(required = false) String month, @RequestParam(required = false) String territory,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String theme, Model model,
			Locale locale) {
		YearMonth shown = parseMonth(month);
		AgendaFilter filter = filter(territory, kind, theme);
		Instant from = shown.atDay(1).atStartOfDay(EventsService.TIME_ZONE).toInstant();
		Instant to = shown.plusMonths(1).atDay(1).atStartOfDay(EventsService.TIME_ZONE).toInstant();
		List<AgendaItem> items = this.events.agenda(from, to, filter, 0, 500)
			.stream()
			.map((event) -> this.items.item(event, locale))
			.toList();
		model.addAttribute("month", shown);
		model.addAttribute("monthLabel", shown.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale)));
		model.addAttribute("previous", shown.minusMonths(1).toString());
		model.addAttribute("next", shown.plusMonths(1).toString());
		model.addAttribute("items", items);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("territories", EventsService.TERRITORIES);
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("calendarLink", calendarLink(filter));
		model.addAttribute("openDoorsWeeks", openDoorsWeeks(filter, shown));
		return "events/agenda";
	}

	@GetMapping("/agenda/{id}")
	String event(@PathVariable UUID id, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
		Event event = publicEvent(id);
		if (event.activity().unlisted()) {
			// Reachable by its link, kept out of search engines as out of the agenda.
			response.setHeader("X-Robots-Tag", "noindex");
		}
		show(event, RegistrationFormValues.empty(locale.getLanguage(), event.questions().size()), Map.of(), model,
				locale);
		return "events/event";
	}

	@PostMapping("/agenda/{id}/inscription")
	String register(@PathVariable UUID id, RegistrationFormValues values, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Event event = publicEvent(id);
		try {
			RegistrationResult result = this.events.register(id, values.toCommand());
			if (result.outcome() == RegistrationResult.Outcome.ALREADY_REGISTERED) {
				redirect.addFlashAttribute("notice", "events.register.already");
				return "redirect:/agenda/" + id;
			}
			redirect.addFlashAttribute("notice", "events.register.done." + result.outcome());
			return "redirect:/agenda/inscription/" + result.registration().token();
		}
		catch (RegistrationRefused refused) {
			Map<String, String> errors = switch (refused.reason()) {
				case INVALID -> refused.problems();
				case CLOSED -> Map.of("form", "events.register.error.closed");
				case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			};
			show(event, values, errors, model, locale);
			response.setStatus(422);
			return "events/event";
		}
	}

	@GetMapping("/agenda/inscription/{token}")
	String registration(@PathVariable String token, Model model, Locale locale) {
		return registration(token, false, model, locale);
	}

	/** Asks before cancelling: a link followed by mistake cancels nothing. */
	@GetMapping("/agenda/inscription/{token}/annulation")
	String confirmCancel(@PathVariable String token, Model model, Locale locale) {
		return registration(token, true, model, locale);
	}

	private String registration(String token, boolean confirmCancel, Model model, Locale locale) {
		Registration registration = this.events.registrationByToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Event event = this.events.event(registration.eventId()).orElseThrow();
		model.addAttribute("registration", registration);
		model.addAttribute("item", this.items.item(event, locale));
		model.addAttribute("canCancel",
				registration.status() != RegistrationStatus.CANCELLED && event.endsAt().isAfter(this.clock.instant()));
		model.addAttribute("confirmCancel", confirmCancel);
		return "events/registration";
	}

	@PostMapping("/agenda/inscription/{token}/annulation")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		this.events.cancel(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("notice", "events.registration.cancelled");
		return "redirect:/agenda/inscription/" + token;
	}

	private void show(Event event, RegistrationFormValues values, Map<String, String> errors, Model model,
			Locale locale) {
		model.addAttribute("item", this.items.item(event, locale));
		model.addAttribute("places", this.events.places(event.id()));
		model.addAttribute("open", event.openForRegistration(this.clock.instant()));
		FormProblems.show(model, "form", values, errors);
		model.addAttribute("messageLanguages", List.of("fr", "nl", "en"));
		model.addAttribute("themeLabels", themeLabels(event, locale));
		model.addAttribute("jsonLd", jsonLd(event, locale));
	}

	private Event publicEvent(UUID id) {
		Event event = this.events.event(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (event.status() == EventStatus.DRAFT) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return event;
	}

	private List<String> themeLabels(Event event, Locale locale) {
		return this.directory.themes()
			.stream()
			.filter((theme) -> event.themes().contains(theme.code()))
			.map((theme) -> theme.label().in(locale).text())
			.toList();
	}

	String jsonLd(Event event, Locale locale) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", "https://schema.org");
		document.put("@type", "Event");
		document.put("@id", base + "/agenda/" + event.id());
		document.put("url", base + "/agenda/" + event.id());
		document.put("name", event.title().in(locale).text());
		if (!event.description().isEmpty()) {
			document.put("description", event.description().in(locale).text());
		}
		document.put("startDate", event.startsAt().atZone(EventsService.TIME_ZONE).toOffsetDateTime().toString());
		document.put("endDate", event.endsAt().atZone(EventsService.TIME_ZONE).toOffsetDateTime().toString());
		document.put("eventStatus", (event.status() == EventStatus.CANCELLED) ? "https://schema.org/EventCancelled"
				: "https://schema.org/EventScheduled");
		document.put("inLanguage", "bilingual".equals(event.language()) ? List.of("fr", "nl") : event.language());
		if (event.online()) {
			document.put("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
			// The meeting link goes to registrants only.
			document.put("location", Map.of("@type", "VirtualLocation"));
		}
		else {
			document.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			address.put("streetAddress", event.address());
			address.put("postalCode", event.postcode());
			address.put("addressRegion", "Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest");
			address.put("addressCountry", "BE");
			document.put("location", Map.of("@type", "Place", "address", address));
		}
		document.put("maximumAttendeeCapacity", event.capacity());
		document.put("remainingAttendeeCapacity", this.events.places(event.id()).left());
		document.put("isAccessibleForFree", true);
		document.put("organizer", Map.of("@type", "Organization", "name", "Maillage", "url", base + "/"));
		if (event.cycle()) {
			document.put("subEvent", event.sessions()
				.stream()
				.map((session) -> Map.of("@type", "Event", "name",
						event.title().in(locale).text() + " (" + session.position() + ")", "startDate",
						session.startsAt().atZone(EventsService.TIME_ZONE).toOffsetDateTime().toString(), "endDate",
						session.endsAt().atZone(EventsService.TIME_ZONE).toOffsetDateTime().toString()))
				.toList());
		}
		return this.json.writeValueAsString(document).replace("</", "<\\/");
	}

	YearMonth parseMonth(String month) {
		try {
			YearMonth parsed = (month != null) ? YearMonth.parse(month.strip()) : null;
			if (parsed != null && parsed.getYear() >= 2000 && parsed.getYear() <= 2100) {
				return parsed;
			}
		}
		catch (DateTimeParseException ex) {
			// An unreadable month shows the current one.
		}
		return YearMonth.from(LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE));
	}

	/**
	 * The published open-doors weeks of the month, unless the filters ask for another
	 * kind or for events of the whole region.
	 */
	private List<PublishedOpenDoors.Week> openDoorsWeeks(AgendaFilter filter, YearMonth month) {
		if ((filter.kind() != null && filter.kind() != EventKind.OPEN_DOORS_VISIT)
				|| "REGION".equals(filter.territory())) {
			return List.of();
		}
		return this.openDoors.weeks(month.atDay(1), month.atEndOfMonth(), filter.territory());
	}

	static AgendaFilter filter(String territory, String kind, String theme) {
		String chosenTerritory = (territory != null && EventsService.TERRITORIES.contains(territory)) ? territory
				: null;
		String chosenTheme = (theme != null && theme.matches("[A-Za-z0-9_.-]{1,60}")) ? theme : null;
		return new AgendaFilter(chosenTerritory, EventKind.parse(kind), chosenTheme);
	}

	private static String calendarLink(AgendaFilter filter) {
		List<String> parameters = new ArrayList<>();
		if (filter.territory() != null) {
			parameters.add("territory=" + filter.territory());
		}
		if (filter.kind() != null) {
			parameters.add("kind=" + filter.kind().name());
		}
		return "/calendar.ics" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
	}

}

package brussels.maillage.events.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.events.AgendaFilter;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.RegisterForEvent;
import brussels.maillage.events.RegistrationRefused;
import brussels.maillage.events.RegistrationResult;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public events API: the agenda as JSON, paged, and registration with the same rules
 * and answers as the form.
 */
@RestController
@Tag(name = "Events", description = "Public agenda and registration without an account")
class EventApiController {

	private static final int MAX_SIZE = 100;

	private final EventsService events;

	private final Problems problems;

	private final MessageSource messages;

	private final Clock clock;

	EventApiController(EventsService events, Problems problems, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/api/events")
	@Operation(summary = "Public events with a session between two dates, paged, filtered as the agenda")
	EventPage list(@Parameter(description = "REGION or a bassin code") @RequestParam(required = false) String territory,
			@Parameter(description = "kind of event, e.g. WEBINAR") @RequestParam(required = false) String kind,
			@Parameter(description = "directory theme code") @RequestParam(required = false) String theme,
			@Parameter(description = "first day (yyyy-mm-dd), today by default") @RequestParam(
					required = false) String from,
			@Parameter(description = "last day (yyyy-mm-dd), a year after the first by default") @RequestParam(
					required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		AgendaFilter filter = EventController.filter(territory, kind, theme);
		LocalDate first = day(from, LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE));
		LocalDate last = day(to, first.plusYears(1));
		Instant start = first.atStartOfDay(EventsService.TIME_ZONE).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(EventsService.TIME_ZONE).toInstant();
		int pageSize = Math.clamp(size, 1, MAX_SIZE);
		int pageNumber = Math.clamp(page, 0, 10_000);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<EventJson> items = this.events.agenda(start, end, filter, pageNumber * pageSize, pageSize)
			.stream()
			.map((event) -> EventJson.of(event, this.events.places(event.id()).left(), base))
			.toList();
		return new EventPage(items, pageNumber, pageSize, this.events.countAgenda(start, end, filter));
	}

	@PostMapping("/api/events/{id}/registrations")
	@Operation(summary = "Register for an event without an account",
			description = "A place while there is one, otherwise the waiting list; the same e-mail again is "
					+ "recognised and its personal link sent again. Refusals are RFC 9457 problems.")
	@ApiResponse(responseCode = "201", description = "Registered: CONFIRMED or WAITING")
	@ApiResponse(responseCode = "200", description = "Already registered: the personal link was sent again")
	@ApiResponse(responseCode = "400", description = "Invalid answers, with a message per field in errors",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such public event",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Registration is closed",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> register(@PathVariable UUID id, @RequestBody RegistrationRequest request, Locale requested,
			HttpServletRequest http) {
		// Answers, refusals included, in the language the person chose for our messages.
		Locale locale = (request.language() != null && List.of("fr", "nl", "en").contains(request.language()))
				? Locale.forLanguageTag(request.language()) : requested;
		try {
			RegistrationResult result = this.events.register(id, request.toCommand());
			RegistrationAnswer answer = new RegistrationAnswer(result.outcome().name(),
					this.messages.getMessage("events.api.outcome." + result.outcome(), null, locale));
			HttpStatus status = (result.outcome() == RegistrationResult.Outcome.ALREADY_REGISTERED) ? HttpStatus.OK
					: HttpStatus.CREATED;
			return ResponseEntity.status(status).body(answer);
		}
		catch (RegistrationRefused refused) {
			HttpStatus status = switch (refused.reason()) {
				case NOT_FOUND -> HttpStatus.NOT_FOUND;
				case CLOSED -> HttpStatus.CONFLICT;
				case INVALID -> HttpStatus.BAD_REQUEST;
			};
			ProblemDetail problem = this.problems.of(status, locale, http.getRequestURI());
			if (refused.reason() == RegistrationRefused.Reason.CLOSED) {
				problem.setDetail(this.messages.getMessage("events.register.error.closed", null, locale));
			}
			if (refused.reason() == RegistrationRefused.Reason.INVALID) {
				Map<String, String> errors = new LinkedHashMap<>();
				refused.problems()
					.forEach((field, key) -> errors.put(field, this.messages.getMessage(key, null, locale)));
				problem.setDetail(String.join(" ", errors.values()));
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status)
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
	}

	private static LocalDate day(String value, LocalDate otherwise) {
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value.strip()) : otherwise;
		}
		catch (DateTimeParseException ex) {
			return otherwise;
		}
	}

	/**
	 * A page of events.
	 *
	 * @param items the events
	 * @param page page number, from 0
	 * @param size page size
	 * @param total events matching
	 */
	record EventPage(List<EventJson> items, int page, int size, long total) {
	}

	/**
	 * An event in the API (the meeting link of an online event is never public).
	 *
	 * @param id event id
	 * @param kind kind
	 * @param title title in fr/nl/en
	 * @param description description in fr/nl/en
	 * @param language language of the event
	 * @param online whether it is online
	 * @param address street and number
	 * @param postcode postcode
	 * @param communeNis commune of the place
	 * @param territory territory it is organised for
	 * @param themes theme codes
	 * @param capacity places
	 * @param placesLeft places still free
	 * @param status PUBLISHED or CANCELLED
	 * @param sessions its sessions
	 * @param url its page
	 * @param ics its iCalendar file
	 * @param replayUrl where a webinar can be watched again, or {@code null}
	 */
	record EventJson(UUID id, String kind, LocalizedText title, LocalizedText description, String language,
			boolean online, String address, String postcode, String communeNis, String territory, List<String> themes,
			int capacity, int placesLeft, String status, List<SessionJson> sessions, String url, String ics,
			String replayUrl) {

		static EventJson of(Event event, int left, String base) {
			return new EventJson(event.id(), event.kind().name(), event.title(), event.description(), event.language(),
					event.online(), event.address(), event.postcode(), event.communeNis(), event.territory(),
					event.themes(), event.capacity(), left, event.status().name(),
					event.sessions()
						.stream()
						.map((session) -> new SessionJson(session.position(), session.startsAt(), session.endsAt()))
						.toList(),
					base + "/agenda/" + event.id(), base + "/agenda/" + event.id() + ".ics",
					event.activity().replayUrl());
		}

	}

	/**
	 * One session.
	 *
	 * @param position its order
	 * @param startsAt start
	 * @param endsAt end
	 */
	record SessionJson(int position, Instant startsAt, Instant endsAt) {
	}

	/**
	 * A registration through the API.
	 *
	 * @param name name
	 * @param email e-mail address
	 * @param organisation organisation (optional)
	 * @param language fr, nl or en: the language of the messages
	 * @param answers answers to the event's questions (optional)
	 * @param accessibility accessibility needs (optional)
	 * @param consent acceptance of the consent text (must be true)
	 */
	record RegistrationRequest(String name, String email, String organisation, String language, List<String> answers,
			String accessibility, Boolean consent) {

		RegisterForEvent toCommand() {
			return new RegisterForEvent(this.name, this.email, this.organisation, this.language, this.answers,
					this.accessibility, Boolean.TRUE.equals(this.consent));
		}

	}

	/**
	 * The answer to a registration.
	 *
	 * @param status CONFIRMED, WAITING or ALREADY_REGISTERED
	 * @param message what it means, in the registrant's language
	 */
	record RegistrationAnswer(String status, String message) {
	}

}

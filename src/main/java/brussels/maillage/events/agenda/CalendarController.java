package brussels.maillage.events.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.events.AgendaFilter;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * iCalendar (RFC 5545) feeds: every public event, narrowed by territory and kind, and one
 * event; one VEVENT per session, in UTC so no time-zone definition is needed.
 */
@RestController
class CalendarController {

	static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final EventsService events;

	private final AgendaItems pages;

	private final PublishedOpenDoors openDoors;

	private final org.springframework.context.MessageSource messages;

	private final Clock clock;

	CalendarController(EventsService events, AgendaItems pages, PublishedOpenDoors openDoors,
			org.springframework.context.MessageSource messages, Clock clock) {
		this.clock = clock;
		this.openDoors = openDoors;
		this.messages = messages;
		this.events = events;
		this.pages = pages;
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> feed(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String kind, Locale locale) {
		AgendaFilter filter = EventController.filter(territory, kind, null);
		Instant now = this.clock.instant();
		List<Event> found = this.events.agenda(now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(400)), filter,
				0, 2000);
		List<PublishedOpenDoors.Visit> visits = ((filter.kind() == null || filter.kind() == EventKind.OPEN_DOORS_VISIT)
				&& !"REGION".equals(filter.territory()))
						? this.openDoors.visits(now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(400)),
								filter.territory(), locale)
						: List.of();
		return ics(found, visits, locale, "maillage-agenda.ics");
	}

	@GetMapping("/agenda/{id}.ics")
	ResponseEntity<String> one(@PathVariable UUID id, Locale locale) {
		Event event = this.events.event(id)
			.filter((candidate) -> candidate.status() != EventStatus.DRAFT)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ics(List.of(event), List.of(), locale, "maillage-" + id + ".ics");
	}

	private ResponseEntity<String> ics(List<Event> found, List<PublishedOpenDoors.Visit> visits, Locale locale,
			String fileName) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Maillage//Agenda//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", "Maillage"));
		Instant stamp = this.clock.instant();
		for (Event event : found) {
			String title = event.title().in(locale).text();
			for (EventSession session : event.sessions()) {
				String summary = event.cycle() ? title + " (" + session.position() + "/" + event.sessions().size() + ")"
						: title;
				VEvent component = new VEvent(session.startsAt(), session.endsAt(), summary);
				component.replace(new DtStamp(stamp));
				component.add(new Uid(session.id() + "@maillage"));
				component.add(new Url(URI.create(base + "/agenda/" + event.id())));
				String where = this.pages.where(event, locale);
				component.add(new Location((where != null) ? where : "online"));
				if (!event.description().isEmpty()) {
					component.add(new Description(event.description().in(locale).text()));
				}
				component.add((event.status() == EventStatus.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
						: ImmutableStatus.VEVENT_CONFIRMED);
				calendar.add(component);
			}
		}
		// Open-doors visits: one per validated slot of a published week, linked to its
		// booking form.
		for (PublishedOpenDoors.Visit visit : visits) {
			VEvent component = new VEvent(visit.startsAt(), visit.endsAt(), this.messages
				.getMessage("events.opendoors.calendar.summary", new Object[] { visit.hostName() }, locale));
			component.replace(new DtStamp(stamp));
			component.add(new Uid(visit.slotId() + "@maillage.open-doors"));
			component.add(new Url(URI.create(base + "/portes-ouvertes/creneau/" + visit.slotId())));
			component.add(new Location(visit.address()));
			if (visit.description() != null && !visit.description().isBlank()) {
				component.add(new Description(visit.description()));
			}
			component.add(ImmutableStatus.VEVENT_CONFIRMED);
			calendar.add(component);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
			.body(out.toString());
	}

}

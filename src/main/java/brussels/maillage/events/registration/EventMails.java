package brussels.maillage.events.registration;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import brussels.maillage.events.settings.EventsProperties;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.Registration;
import brussels.maillage.events.RegistrationStatus;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;
import brussels.maillage.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The messages to registrants, written in their language and queued in the outbox within
 * the change that causes them.
 */
@Component
class EventMails {

	static final ZoneId BRUSSELS = EventsService.TIME_ZONE;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EventsProperties properties;

	private final Map<PartsKey, Parts> kept = new ConcurrentHashMap<>();

	private final TerritoryService territory;

	private final Clock clock;

	EventMails(MailOutbox outbox, MessageSource messages, EventsProperties properties, TerritoryService territory,
			Clock clock) {
		this.territory = territory;
		this.clock = clock;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	void confirmed(Event event, Registration registration) {
		send("confirmed", event, registration, true);
	}

	void waiting(Event event, Registration registration) {
		send("waiting", event, registration, false);
	}

	void alreadyRegistered(Event event, Registration registration) {
		send("already", event, registration, registration.status() == RegistrationStatus.CONFIRMED);
	}

	void cancelled(Event event, Registration registration) {
		send("cancelled", event, registration, false);
	}

	void promoted(Event event, Registration registration) {
		send("promoted", event, registration, true);
	}

	void reminder(Event event, Registration registration) {
		send("reminder", event, registration, true);
	}

	private void send(String what, Event event, Registration registration, boolean withPlace) {
		Locale locale = Locale.forLanguageTag(registration.language());
		Parts parts = parts(new PartsKey(event, what, locale, withPlace));
		StringBuilder text = new StringBuilder();
		text.append(message("events.mail.greeting", locale, registration.name())).append("\n\n");
		text.append(parts.body());
		if (!"cancelled".equals(what)) {
			text.append('\n')
				.append(message("events.mail.link", locale, baseUrl() + "/agenda/inscription/" + registration.token()))
				.append('\n');
		}
		text.append('\n').append(parts.signature());
		OutgoingMail mail = OutgoingMail
			.text(registration.email(), parts.subject(), text.toString(), registration.language())
			.about("event-registration", registration.id());
		// A place is given: the dates go with it, ready for the person's calendar.
		if (withPlace && registration.status() != RegistrationStatus.WAITING) {
			mail = mail.with(Invitations.event(event, parts.where(),
					baseUrl() + "/agenda/inscription/" + registration.token(), locale, this.clock.instant()));
		}
		this.outbox.queue(mail);
	}

	/**
	 * What a message says about the event, the same for everyone registered: kept per
	 * version of the event (the key holds the whole event), so that a rush of
	 * registrations does not format the same dates and texts again each time.
	 */
	private Parts parts(PartsKey key) {
		Parts parts = this.kept.get(key);
		if (parts == null) {
			if (this.kept.size() > 500) {
				this.kept.clear();
			}
			parts = compose(key);
			this.kept.put(key, parts);
		}
		return parts;
	}

	private Parts compose(PartsKey key) {
		Event event = key.event();
		Locale locale = key.locale();
		String title = event.title().in(locale).text();
		StringBuilder body = new StringBuilder();
		body.append(message("events.mail." + key.what() + ".text", locale, title)).append("\n\n");
		body.append(dates(event, locale)).append('\n');
		String where = event.online() ? null
				: this.territory.fullAddress(event.address(), event.postcode(), event.communeNis(), locale);
		if (key.withPlace()) {
			if (event.online()) {
				body.append(message("events.mail.online", locale, event.onlineUrl())).append('\n');
			}
			else if (where != null) {
				body.append(message("events.mail.place", locale, where)).append('\n');
			}
		}
		return new Parts(message("events.mail." + key.what() + ".subject", locale, title), body.toString(),
				message("events.mail.signature", locale), where);
	}

	private record PartsKey(Event event, String what, Locale locale, boolean withPlace) {
	}

	private record Parts(String subject, String body, String signature, String where) {
	}

	String dates(Event event, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		return event.sessions()
			.stream()
			.map((session) -> "- " + day.format(session.startsAt().atZone(BRUSSELS)) + ", "
					+ time.format(session.startsAt().atZone(BRUSSELS)) + "–"
					+ time.format(session.endsAt().atZone(BRUSSELS)))
			.collect(Collectors.joining("\n"));
	}

	private String baseUrl() {
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return this.properties.baseUrl();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}

package brussels.maillage.events.opendoors;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.events.settings.EventsProperties;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.Elision;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;
import brussels.maillage.territory.TerritoryService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The open-doors mails, queued in the outbox in the reader's language: a host's private
 * link after answering the call, a visitor's confirmation with its calendar invitation.
 */
@Component
class OpenDoorsMails {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final EventsProperties properties;

	private final TerritoryService territory;

	private final Clock clock;

	OpenDoorsMails(MailOutbox outbox, MessageSource messages, EventsProperties properties, TerritoryService territory,
			Clock clock) {
		this.clock = clock;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.territory = territory;
	}

	/** The host's private link to see and change its offer and later its visitors. */
	void callAnswered(OpenDoorsWeek week, OpenDoors.Offer offer, UUID id, String token) {
		Locale locale = Locale.forLanguageTag(OpenDoors.language(offer.contactLanguage()));
		String name = (offer.contactName() == null || offer.contactName().isBlank()) ? offer.hostName()
				: offer.contactName().strip();
		String text = message("events.mail.greeting", locale, name) + "\n\n"
				+ message("events.opendoors.call.mail.text", locale, Elision.de(offer.hostName().strip(), locale),
						week.name())
				+ "\n\n" + baseUrl() + "/portes-ouvertes/hote/" + token + "\n\n"
				+ message("events.opendoors.call.mail.private", locale) + "\n\n"
				+ message("events.mail.signature", locale);
		this.outbox
			.queue(OutgoingMail
				.text(offer.contactEmail().strip(), message("events.opendoors.call.mail.subject", locale, week.name()),
						text, OpenDoors.language(offer.contactLanguage()))
				.about("open-doors-offer", id));
	}

	/** The visitor's confirmation, with the link that cancels the visit. */
	void bookingConfirmed(UUID bookingId, ProgrammeSlot slot, String name, String email, String language,
			String token) {
		Locale locale = Locale.forLanguageTag(language);
		ZonedDateTime start = slot.startsAt().atZone(EventsService.TIME_ZONE);
		String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(start) + ", "
				+ DateTimeFormatter.ofPattern("HH:mm").format(start) + "–"
				+ DateTimeFormatter.ofPattern("HH:mm").format(slot.endsAt().atZone(EventsService.TIME_ZONE));
		String where = this.territory.fullAddress(slot.address(), null, slot.communeNis(), locale);
		String link = baseUrl() + "/portes-ouvertes/visite/" + token;
		String text = message("events.mail.greeting", locale, name) + "\n\n"
				+ message("events.opendoors.mail.text", locale, slot.hostName()) + "\n\n- " + when + "\n"
				+ message("events.mail.place", locale, where) + "\n\n"
				+ message("events.opendoors.mail.cancel", locale, link) + "\n\n"
				+ message("events.mail.signature", locale);
		this.outbox.queue(OutgoingMail
			.text(email, message("events.opendoors.mail.subject", locale, slot.hostName()), text, language)
			.about("open-doors-booking", bookingId)
			.with(VisitInvitations.visit(slot.slotId(), slot.startsAt(), slot.endsAt(), slot.description(),
					message("events.opendoors.calendar.summary", locale, slot.hostName()), where, link, locale,
					this.clock.instant())));
	}

	private String baseUrl() {
		if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() != null) {
			return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
				.build()
				.toUriString();
		}
		return this.properties.baseUrl();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}

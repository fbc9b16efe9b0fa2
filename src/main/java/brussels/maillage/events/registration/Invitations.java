package brussels.maillage.events.registration;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import brussels.maillage.events.Event;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventStatus;
import brussels.maillage.system.OutgoingMail;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The .ics file (iCalendar, RFC 5545) sent with a confirmation, so that the date goes
 * into the person's calendar in one click: one VEVENT per session, times in UTC (so no
 * time zone definition is needed and every calendar shows the Brussels time right), the
 * place in full, and the personal link as URL.
 */
final class Invitations {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private Invitations() {
	}

	/**
	 * The invitation to every session of an event, for one registration, stamped at
	 * {@code stamp} (the time it is written).
	 */
	static OutgoingMail.Attachment event(Event event, String where, String personalLink, Locale locale, Instant stamp) {
		Calendar calendar = calendar(locale);
		String title = event.title().in(locale).text();
		for (EventSession session : event.sessions()) {
			String summary = event.cycle() ? title + " (" + session.position() + "/" + event.sessions().size() + ")"
					: title;
			VEvent component = new VEvent(session.startsAt(), session.endsAt(), summary);
			component.replace(new DtStamp(stamp));
			component.add(new Uid(session.id() + "@maillage"));
			component.add(new Url(URI.create(personalLink)));
			if (event.online()) {
				component.add(new Location((event.onlineUrl() != null) ? event.onlineUrl() : "online"));
			}
			else if (where != null) {
				component.add(new Location(where));
			}
			if (!event.description().isEmpty()) {
				component.add(new Description(event.description().in(locale).text() + "\n\n" + personalLink));
			}
			else {
				component.add(new Description(personalLink));
			}
			component.add((event.status() == EventStatus.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
					: ImmutableStatus.VEVENT_CONFIRMED);
			calendar.add(component);
		}
		return attachment(calendar, "maillage-" + event.id() + ".ics");
	}

	private static Calendar calendar(Locale locale) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Maillage//Agenda//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		return calendar;
	}

	private static OutgoingMail.Attachment attachment(Calendar calendar, String fileName) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new OutgoingMail.Attachment(fileName, CONTENT_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
	}

}

package brussels.maillage.events.opendoors;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

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
 * The .ics file (iCalendar, RFC 5545) sent with a booked open-doors visit, so that the
 * visit goes into the person's calendar in one click: times in UTC (so no time zone
 * definition is needed and every calendar shows the Brussels time right), the host's
 * place in full, and the personal link as URL.
 */
final class VisitInvitations {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private VisitInvitations() {
	}

	/**
	 * The invitation to one open-doors visit (the slot {@code slotId} from
	 * {@code startsAt} to {@code endsAt}, showing {@code description} when there is one),
	 * for one booking, stamped at {@code stamp} (the time it is written).
	 */
	static OutgoingMail.Attachment visit(UUID slotId, Instant startsAt, Instant endsAt, String description,
			String summary, String where, String personalLink, Locale locale, Instant stamp) {
		Calendar calendar = calendar(locale);
		VEvent component = new VEvent(startsAt, endsAt, summary);
		component.replace(new DtStamp(stamp));
		component.add(new Uid(slotId + "@maillage.open-doors"));
		component.add(new Url(URI.create(personalLink)));
		component.add(new Location(where));
		component.add(new Description(
				(description != null && !description.isBlank()) ? description + "\n\n" + personalLink : personalLink));
		component.add(ImmutableStatus.VEVENT_CONFIRMED);
		calendar.add(component);
		return attachment(calendar, "maillage-visit-" + slotId + ".ics");
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

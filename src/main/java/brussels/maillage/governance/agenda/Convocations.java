package brussels.maillage.governance.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.system.OutgoingMail;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The convocation of a member to a meeting: one message in French then Dutch (a
 * membership does not say which language its person reads), with the numbered agenda and
 * an iCalendar (RFC 5545) file so the meeting goes into their calendar. Times are in UTC
 * in the file, so no time zone definition is needed.
 */
@Component
class Convocations {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private static final Locale FR = Locale.FRENCH;

	private static final Locale NL = Locale.forLanguageTag("nl");

	private final MessageSource messages;

	private final ZoneId zone;

	private final java.time.Clock clock;

	Convocations(MessageSource messages, java.time.Clock clock) {
		this.messages = messages;
		this.zone = clock.getZone();
		this.clock = clock;
	}

	OutgoingMail mail(String recipient, String personName, Body body, Meeting meeting, List<AgendaItem> agenda) {
		String subject = message("governance.convocation.subject", FR, title(meeting, FR)) + " / "
				+ message("governance.convocation.subject", NL, title(meeting, NL));
		StringBuilder text = new StringBuilder();
		for (Locale locale : List.of(FR, NL)) {
			text.append(message("governance.convocation.greeting", locale, personName)).append("\n\n");
			text.append(message("governance.convocation.text", locale, body.name().in(locale).text(),
					when(meeting, locale)))
				.append('\n');
			if (meeting.place() != null) {
				text.append(message("governance.convocation.place", locale, meeting.place())).append('\n');
			}
			text.append('\n').append(agenda(agenda, locale)).append('\n');
			text.append(message("governance.convocation.calendar", locale)).append("\n\n");
			text.append("-----\n\n");
		}
		return OutgoingMail.text(recipient, subject, text.toString(), "fr")
			.about("governance-meeting", meeting.id())
			.with(calendar(body, meeting, agenda));
	}

	private String agenda(List<AgendaItem> agenda, Locale locale) {
		if (agenda.isEmpty()) {
			return message("governance.convocation.noAgenda", locale);
		}
		StringBuilder text = new StringBuilder(message("governance.convocation.agenda", locale)).append('\n');
		for (AgendaItem item : agenda) {
			text.append(item.position()).append(". ").append(item.title(locale.getLanguage()));
			if (item.minutes() != null) {
				text.append(" (").append(message("governance.agenda.minutesValue", locale, item.minutes())).append(')');
			}
			text.append('\n');
		}
		return text.toString();
	}

	OutgoingMail.Attachment calendar(Body body, Meeting meeting, List<AgendaItem> agenda) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Maillage//Gouvernance//FR"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(),
				title(meeting, FR) + " – " + body.name().in(FR).text());
		event.replace(new DtStamp(this.clock.instant()));
		event.add(new Uid(meeting.id() + "@maillage.governance"));
		if (meeting.place() != null) {
			event.add(new Location(meeting.place()));
		}
		event.add(new Description(agenda(agenda, FR) + "\n" + agenda(agenda, NL)));
		event.add((meeting.status() == brussels.maillage.governance.meetings.MeetingStatus.CANCELLED)
				? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		calendar.add(event);
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new OutgoingMail.Attachment("maillage-" + meeting.id() + ".ics", CONTENT_TYPE,
				out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String when(Meeting meeting, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		return message("governance.convocation.when", locale, day.format(meeting.startsAt().atZone(this.zone)),
				time.format(meeting.startsAt().atZone(this.zone)), time.format(meeting.endsAt().atZone(this.zone)));
	}

	private static String title(Meeting meeting, Locale locale) {
		return meeting.title().in(locale).text();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}

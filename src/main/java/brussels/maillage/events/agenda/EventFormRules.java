package brussels.maillage.events.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import brussels.maillage.events.EventDraft;

import static brussels.maillage.events.agenda.FormText.blank;
import static brussels.maillage.events.agenda.FormText.isWebAddress;
import static brussels.maillage.events.agenda.FormText.length;

/**
 * The rules of the event form that read several fields or rows: a title in French or
 * Dutch, texts not too long, a link or an address by mode, places, at most ten questions
 * and the rows of sessions (real, in order, not overlapping, a new one not in the past).
 * Each puts a message key under the field it is shown next to, unless that field already
 * has one.
 */
final class EventFormRules {

	static final int TITLE = 200;

	static final int DESCRIPTION = 5000;

	static final int ADDRESS = 300;

	static final int PLACES = 100_000;

	static final int QUESTIONS = 10;

	private EventFormRules() {
	}

	static void texts(EventForm form, Map<String, String> problems) {
		if (blank(form.titleFr()) && blank(form.titleNl())) {
			problems.putIfAbsent("titleFr", "events.form.error.title");
		}
		else if (length(form.titleFr()) > TITLE || length(form.titleNl()) > TITLE || length(form.titleEn()) > TITLE) {
			problems.putIfAbsent("titleFr", "events.form.error.titleLength");
		}
		if (length(form.descriptionFr()) > DESCRIPTION || length(form.descriptionNl()) > DESCRIPTION
				|| length(form.descriptionEn()) > DESCRIPTION) {
			problems.putIfAbsent("descriptionFr", "events.form.error.descriptionLength");
		}
		if (form.questions().size() > QUESTIONS) {
			problems.putIfAbsent("questionsFr", "events.form.error.questions");
		}
	}

	/**
	 * The link of an online event, or the address of one in a place, whose postcode has
	 * four digits (whether it is in Brussels is for {@link EventChecks}).
	 * @return whether a postcode of four digits is there to look up
	 */
	static boolean place(EventForm form, Map<String, String> problems) {
		if ("online".equals(form.mode())) {
			if (!isWebAddress(form.onlineUrl())) {
				problems.putIfAbsent("onlineUrl", "events.form.error.onlineUrl");
			}
			return false;
		}
		if (!"place".equals(form.mode())) {
			return false;
		}
		if (blank(form.address()) || length(form.address()) > ADDRESS) {
			problems.putIfAbsent("address", "events.form.error.address");
		}
		if (blank(form.postcode()) || !form.postcode().strip().matches("\\d{4}")) {
			problems.putIfAbsent("postcode", "events.form.error.postcode");
			return false;
		}
		return true;
	}

	static void capacity(EventForm form, Map<String, String> problems) {
		Integer places = form.capacityNumber();
		if (places == null) {
			problems.putIfAbsent("capacity", "events.form.error.capacityNumber");
		}
		else if (places < 1) {
			problems.putIfAbsent("capacity", "events.form.error.capacityPositive");
		}
		else if (places > PLACES) {
			problems.putIfAbsent("capacity", "events.form.error.capacityLarge");
		}
	}

	/**
	 * The rows of sessions, each refused under {@code session<row>}.
	 * @param now the present, to refuse a new event in the past
	 * @param isNew whether the event is being created
	 * @return how many rows hold a valid session
	 */
	static int sessions(EventForm form, Instant now, ZoneId zone, boolean isNew, Map<String, String> problems) {
		List<EventDraft.Times> seen = new ArrayList<>();
		boolean any = false;
		for (int i = 0; i < EventForm.SESSION_ROWS; i++) {
			String date = form.sessionDate().get(i);
			String start = form.sessionStart().get(i);
			String end = form.sessionEnd().get(i);
			if (blank(date) && blank(start) && blank(end)) {
				continue;
			}
			any = true;
			String field = "session" + i;
			try {
				LocalDate day = LocalDate.parse(date.strip());
				LocalTime from = LocalTime.parse(start.strip());
				LocalTime to = LocalTime.parse(end.strip());
				if (!to.isAfter(from)) {
					problems.put(field, "events.form.error.sessionOrder");
					continue;
				}
				Instant startsAt = day.atTime(from).atZone(zone).toInstant();
				Instant endsAt = day.atTime(to).atZone(zone).toInstant();
				if (isNew && startsAt.isBefore(now)) {
					problems.put(field, "events.form.error.sessionPast");
					continue;
				}
				if (day.getYear() > 2100) {
					problems.put(field, "events.form.error.sessionDate");
					continue;
				}
				for (EventDraft.Times other : seen) {
					if (startsAt.isBefore(other.endsAt()) && other.startsAt().isBefore(endsAt)) {
						problems.put(field, "events.form.error.sessionOverlap");
					}
				}
				seen.add(new EventDraft.Times(startsAt, endsAt));
			}
			catch (DateTimeParseException | NullPointerException ex) {
				problems.put(field, "events.form.error.sessionDate");
			}
		}
		if (!any) {
			problems.put("session0", "events.form.error.sessionMissing");
		}
		return seen.size();
	}

}

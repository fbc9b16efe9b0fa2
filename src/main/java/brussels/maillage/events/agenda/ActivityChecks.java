package brussels.maillage.events.agenda;

import java.util.Map;

import brussels.maillage.events.EventsService;
import brussels.maillage.events.EventActivity;
import brussels.maillage.events.HeadcountExactness;

/**
 * The staff form's fields that record activity beyond registrations: checked next to
 * their fields, then turned into an {@link EventActivity}.
 */
final class ActivityChecks {

	private ActivityChecks() {
	}

	static void problems(EventForm form, int sessions, Map<String, String> problems) {
		if (!FormText.blank(form.headcount())) {
			Integer count = whole(form.headcount());
			if (count == null) {
				problems.put("headcount", "events.form.error.headcountNumber");
			}
			else if (count < 0 || count > 100_000) {
				problems.put("headcount", "events.form.error.headcountRange");
			}
			if (form.headcountExactness() == null
					|| !java.util.List.of("EXACT", "ESTIMATED").contains(form.headcountExactness())) {
				problems.put("headcountExactness", "events.form.error.headcountExactness");
			}
		}
		if (!FormText.blank(form.requestingTerritory())
				&& !EventsService.TERRITORIES.contains(form.requestingTerritory())) {
			problems.put("requestingTerritory", "events.form.error.requestingTerritory");
		}
		if (!FormText.blank(form.completionSessions())) {
			Integer needed = whole(form.completionSessions());
			if (needed == null || needed < 1) {
				problems.put("completionSessions", "events.form.error.completionNumber");
			}
			else if (sessions > 0 && needed > sessions) {
				problems.put("completionSessions", "events.form.error.completionTooMany");
			}
		}
		if (!FormText.blank(form.replayUrl()) && !FormText.isWebAddress(form.replayUrl())) {
			problems.put("replayUrl", "events.form.error.replayUrl");
		}
	}

	/** The checked fields as the event's activity record. */
	static EventActivity activity(EventForm form) {
		Integer headcount = FormText.blank(form.headcount()) ? null : whole(form.headcount());
		return new EventActivity("true".equals(form.unlisted()), headcount,
				(headcount != null) ? HeadcountExactness.valueOf(form.headcountExactness()) : null,
				FormText.blank(form.requestingTerritory()) ? null : form.requestingTerritory(),
				FormText.blank(form.completionSessions()) ? null : whole(form.completionSessions()),
				FormText.blank(form.replayUrl()) ? null : form.replayUrl().strip());
	}

	private static Integer whole(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

package brussels.maillage.events;

import java.util.List;
import java.util.Locale;

/**
 * What the staff list of events shows: upcoming or past events, with words of the title,
 * a kind, a territory and a status, each optional.
 *
 * @param past past events (ended) instead of upcoming ones
 * @param query words of the title, or {@code null}
 * @param kind the kind, or {@code null}
 * @param territory a territory code, or {@code null}
 * @param status a status, or {@code null}
 */
public record StaffListFilter(boolean past, String query, EventKind kind, String territory, EventStatus status) {

	/** The filter read from a page's parameters; what cannot be read is left out. */
	public static StaffListFilter of(String when, String query, String kind, String territory, String status) {
		String words = (query == null || query.isBlank()) ? null : query.strip();
		if (words != null && words.length() > 200) {
			words = words.substring(0, 200);
		}
		EventStatus chosenStatus = null;
		if (status != null && List.of("DRAFT", "PUBLISHED", "CANCELLED").contains(status.toUpperCase(Locale.ROOT))) {
			chosenStatus = EventStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		return new StaffListFilter("past".equals(when), words, EventKind.parse(kind),
				(territory != null && EventsService.TERRITORIES.contains(territory)) ? territory : null, chosenStatus);
	}

}

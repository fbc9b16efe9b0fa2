package brussels.maillage.events.figures;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.events.EventStatus;

/**
 * What the figures count: grouped by one dimension or crossed by two, for events of one
 * status or all, starting between two days.
 *
 * @param by the first dimension
 * @param then the second dimension, or {@code null}
 * @param status {@code PUBLISHED}, {@code CANCELLED}, or {@code null} for both
 * @param from first day
 * @param to last day
 */
record FigureQuery(String by, String then, EventStatus status, LocalDate from, LocalDate to) {

	/** What the figures group by. */
	static final List<String> DIMENSIONS = List.of("kind", "territory", "requesting", "team", "theme", "month",
			"event");

	FigureQuery {
		by = DIMENSIONS.contains(by) ? by : "kind";
		// An event line already names everything; a second dimension equal to the first
		// says nothing.
		then = (then != null && DIMENSIONS.contains(then) && !"event".equals(then) && !"event".equals(by)
				&& !then.equals(by)) ? then : null;
		status = (status == EventStatus.DRAFT) ? null : status;
	}

	static FigureQuery of(String by, LocalDate from, LocalDate to) {
		return new FigureQuery(by, null, null, from, to);
	}

	boolean perEvent() {
		return "event".equals(this.by);
	}

	boolean crossed() {
		return this.then != null;
	}

}

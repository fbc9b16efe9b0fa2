package brussels.maillage.governance.minutes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.governance.agenda.AgendaItem;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.decisions.Decision;
import brussels.maillage.governance.meetings.AttendanceSheet;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.syntheses.Synthesis;

/**
 * Everything the procès-verbal of a meeting bundles, in one language.
 *
 * @param body the body
 * @param meeting the meeting
 * @param date its day
 * @param zone the time zone of its times
 * @param agenda its agenda, in order
 * @param sheet who was expected and who came
 * @param byCategory how many came, per category (never who)
 * @param decisions the decisions taken, in order
 * @param agendaById the agenda items by id, for the decisions
 * @param synthesis its synthesis when published in {@code language}, else {@code null}
 * @param language {@code fr}, {@code nl} or {@code en} (texts in {@code en} fall back on
 * French)
 */
record MeetingRecord(Body body, Meeting meeting, LocalDate date, ZoneId zone, List<AgendaItem> agenda,
		AttendanceSheet sheet, List<CategoryCount> byCategory, List<Decision> decisions,
		Map<UUID, AgendaItem> agendaById, Synthesis synthesis, String language) {

	/** The language of the texts written in fr/nl: Dutch for {@code nl}, else French. */
	public String textLanguage() {
		return "nl".equals(this.language) ? "nl" : "fr";
	}

	/**
	 * How many of one category came.
	 *
	 * @param label the category, in the record's language
	 * @param count how many
	 */
	public record CategoryCount(String label, long count) {
	}

}

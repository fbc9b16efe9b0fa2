package brussels.maillage.helpdesk.permanences;

import java.time.LocalDate;
import java.util.List;

/**
 * One half-day of the roster, across lines.
 *
 * @param day the day
 * @param half {@code AM} or {@code PM}
 * @param cells one per line, in line order
 */
record RosterRow(LocalDate day, String half, List<Cell> cells) {

	/**
	 * A line's half-day.
	 *
	 * @param lineCode the line
	 * @param state {@code COVERED}, {@code UNCOVERED} or {@code CLOSED}
	 * @param shift the shift when covered, else {@code null}
	 */
	public record Cell(String lineCode, String state, Shift shift) {
	}

}

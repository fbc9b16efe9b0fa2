package brussels.maillage.governance.meetings;

/**
 * A body's meetings in a year.
 *
 * @param planned meetings planned (all but postponed ones, which are planned again)
 * @param held meetings held
 * @param cancelled meetings cancelled: planned, not held
 * @param postponed meetings postponed
 * @param participants participants over the held meetings (attendances, not distinct
 * persons)
 * @param averageRate average attendance rate of members over the held meetings, or
 * {@code null}
 */
public record YearFigures(int planned, int held, int cancelled, int postponed, int participants, Integer averageRate) {

	/** Planned meetings that were not held (cancelled). */
	public int plannedNotHeld() {
		return this.cancelled;
	}

}

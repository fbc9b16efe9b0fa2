package brussels.maillage.care.statements;

import java.time.LocalDate;

/** The period a statement covers: a month or a quarter. */
public enum PeriodKind {

	MONTH, QUARTER;

	/** Whether {@code start} is the first day of such a period. */
	public boolean startsOn(LocalDate start) {
		return start.getDayOfMonth() == 1 && (this == MONTH || (start.getMonthValue() - 1) % 3 == 0);
	}

	/** The last day of the period starting on {@code start}. */
	public LocalDate end(LocalDate start) {
		return start.plusMonths((this == MONTH) ? 1 : 3).minusDays(1);
	}

}

package brussels.maillage.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a service is open on one day of the week.
 *
 * @param day the day
 * @param opensAt opening time
 * @param closesAt closing time: after the opening time, or before it when the service
 * stays open overnight and closes the next morning (a night shelter: 20:00 – 08:00)
 * @param validFrom first day these hours hold, or {@code null}
 * @param validTo last day these hours hold, or {@code null}
 */
public record OpeningHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt, LocalDate validFrom,
		LocalDate validTo) {

	public OpeningHours {
		if (closesAt.equals(opensAt)) {
			throw new IllegalArgumentException("A service closes at another time than it opens");
		}
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException("Hours end after they start to hold");
		}
	}

	/** Weekly hours that always hold. */
	public OpeningHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
		this(day, opensAt, closesAt, null, null);
	}

	/** Whether the service closes the next day (open overnight). */
	public boolean overnight() {
		return this.closesAt.isBefore(this.opensAt);
	}

	/**
	 * Whether these hours hold on that day (within their validity, when they have one).
	 */
	public boolean validOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

}

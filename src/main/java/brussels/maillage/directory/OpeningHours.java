package brussels.maillage.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * When a service is open on one day of the week.
 *
 * @param day the day
 * @param opensAt opening time
 * @param closesAt closing time, after the opening time
 */
public record OpeningHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {

	public OpeningHours {
		if (!closesAt.isAfter(opensAt)) {
			throw new IllegalArgumentException("A service closes after it opens");
		}
	}

}

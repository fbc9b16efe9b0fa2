package brussels.maillage.helpdesk.permanences;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import brussels.maillage.identity.TerritoryScope;

/**
 * An orientation line of the helpdesk: the regional line or the line of a bassin.
 *
 * @param code stable code ({@code REGION}, {@code NORD}, ...)
 * @param territory the territory it serves, which decides who sees its requests
 * @param bassin the bassin code, or {@code null} for the regional line
 * @param phone its phone number
 * @param email its e-mail address
 * @param state active or being phased out
 * @param hours opening hours per weekday
 * @param closures days it is closed (public holidays, ...)
 */
record Line(String code, TerritoryScope territory, String bassin, String phone, String email, LineState state,
		List<Hours> hours, List<Closure> closures) {

	public Line {
		hours = List.copyOf(hours);
		closures = List.copyOf(closures);
	}

	/** Whether the line answers at that moment (opening hours, closed days excepted). */
	public boolean openAt(ZonedDateTime moment) {
		LocalDate day = moment.toLocalDate();
		if (this.closures.stream().anyMatch((closure) -> closure.day().equals(day))) {
			return false;
		}
		LocalTime time = moment.toLocalTime();
		return this.hours.stream()
			.anyMatch((hour) -> hour.day() == moment.getDayOfWeek() && !time.isBefore(hour.opens())
					&& time.isBefore(hour.closes()));
	}

	/** Closed days from {@code from} on. */
	public List<Closure> closuresFrom(LocalDate from) {
		return this.closures.stream().filter((closure) -> !closure.day().isBefore(from)).toList();
	}

	/**
	 * Opening hours of one weekday.
	 *
	 * @param day the weekday
	 * @param opens opening time
	 * @param closes closing time
	 */
	public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {
	}

	/**
	 * A day the line is closed.
	 *
	 * @param day the date
	 * @param reason why, for example a public holiday
	 */
	public record Closure(LocalDate day, String reason) {
	}

}

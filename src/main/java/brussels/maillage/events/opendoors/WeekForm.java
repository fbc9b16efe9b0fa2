package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

/**
 * A new open-doors week as typed by staff.
 *
 * @param name the week's name
 * @param bassin the bassin's code, {@code NORD} when none is sent
 * @param startsOn its first day, as typed (yyyy-mm-dd)
 * @param endsOn its last day, as typed
 * @param hostsCloseOn the last day hosts can offer visits, as typed
 */
record WeekForm(String name, String bassin, String startsOn, String endsOn, String hostsCloseOn) {

	/** Puts a message next to each day that cannot be read; whether all three can. */
	boolean daysRead(Errors errors) {
		read("startsOn", this.startsOn, errors);
		read("endsOn", this.endsOn, errors);
		read("hostsCloseOn", this.hostsCloseOn, errors);
		return !errors.hasErrors();
	}

	/** The command to create the week; call only when {@link #daysRead} said so. */
	NewWeek week() {
		return new NewWeek((this.name != null) ? this.name : "", (this.bassin != null) ? this.bassin : "NORD",
				day(this.startsOn), day(this.endsOn), day(this.hostsCloseOn));
	}

	private static void read(String field, String value, Errors errors) {
		try {
			day(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "events.opendoors.refused.date");
		}
	}

	private static LocalDate day(String value) {
		return LocalDate.parse((value == null) ? "" : value.strip());
	}

	/**
	 * A week to create.
	 *
	 * @param name its name
	 * @param bassin the bassin's code
	 * @param startsOn its first day
	 * @param endsOn its last day
	 * @param hostsCloseOn the last day hosts can offer visits
	 */
	record NewWeek(String name, String bassin, LocalDate startsOn, LocalDate endsOn, LocalDate hostsCloseOn) {
	}

}

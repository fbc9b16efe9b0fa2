package brussels.maillage.events.opendoors.staff;

import java.time.LocalDate;

import brussels.maillage.system.forms.IsoDate;

/**
 * A new open-doors week as typed by staff.
 *
 * @param name the week's name
 * @param bassin the bassin's code, {@code NORD} when none is sent
 * @param startsOn its first day, as typed (yyyy-mm-dd)
 * @param endsOn its last day, as typed
 * @param hostsCloseOn the last day hosts can offer visits, as typed
 */
record WeekForm(String name, String bassin, @IsoDate(message = "events.opendoors.refused.date") String startsOn,
		@IsoDate(message = "events.opendoors.refused.date") String endsOn,
		@IsoDate(message = "events.opendoors.refused.date") String hostsCloseOn) {

	/** The command to create the week; call only when its days have been read. */
	NewWeek week() {
		return new NewWeek((this.name != null) ? this.name : "", (this.bassin != null) ? this.bassin : "NORD",
				day(this.startsOn), day(this.endsOn), day(this.hostsCloseOn));
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

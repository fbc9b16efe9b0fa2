package brussels.maillage.directory.services;

import java.time.LocalTime;

/**
 * One row of opening hours as typed: a day and two times ({@code HH:mm}).
 *
 * @param day the day's name ({@code MONDAY}…), or empty
 * @param opens the opening time as typed
 * @param closes the closing time as typed
 */
record HoursRow(String day, String opens, String closes) {

	public HoursRow {
		day = FieldChecks.orEmpty(day);
		opens = FieldChecks.orEmpty(opens);
		closes = FieldChecks.orEmpty(closes);
	}

	/** A row with nothing typed, offered below the filled ones. */
	static HoursRow spare() {
		return new HoursRow("", "", "");
	}

	boolean isEmpty() {
		return this.day.isBlank() && this.opens.isBlank() && this.closes.isBlank();
	}

	static LocalTime time(String value) {
		return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
	}

}

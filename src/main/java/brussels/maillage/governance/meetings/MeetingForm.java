package brussels.maillage.governance.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.Matches;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What staff type to plan a meeting, as typed: a day, times and a number that cannot be
 * read are refused next to their field and shown again as they were.
 *
 * @param titleFr French title
 * @param titleNl Dutch title (optional)
 * @param date the day
 * @param startTime start
 * @param endTime end, after the start
 * @param place where (optional)
 * @param capacity places for registrations, for open workshops and consultations
 */
record MeetingForm(@NotBlank @Size(max = 200) String titleFr, @Size(max = 200) String titleNl,
		@NotBlank @IsoDate(optional = true, message = "{governance.meeting.error.date}") String date,
		@NotBlank @Matches(regexp = TIME, message = "{governance.meeting.error.time}") String startTime,
		@NotBlank @Matches(regexp = TIME, message = "{governance.meeting.error.time}") String endTime,
		@Size(max = 300) String place, @NotBlank @Matches(regexp = "0*([1-9]\\d{0,2}|1\\d{3}|2000)",
				message = "{governance.meeting.error.capacity}") String capacity) {

	/** An hour and minutes of the day, {@code 9:30} or {@code 09:30}. */
	static final String TIME = "([01]?\\d|2[0-3]):[0-5]\\d";

	static final String[] FIELDS = { "titleFr", "titleNl", "date", "startTime", "endTime", "place", "capacity" };

	static MeetingForm empty(String titleFr, String titleNl) {
		return new MeetingForm(titleFr, titleNl, null, null, null, null, "60");
	}

	/** The day, once the form is valid. */
	LocalDate day() {
		return LocalDate.parse(this.date.strip());
	}

	/** The start, or {@code null} when it cannot be read. */
	LocalTime start() {
		return time(this.startTime);
	}

	/** The end, or {@code null} when it cannot be read. */
	LocalTime end() {
		return time(this.endTime);
	}

	/** The places, once the form is valid. */
	int places() {
		return Integer.parseInt(this.capacity.strip());
	}

	private static LocalTime time(String text) {
		return (text != null && text.strip().matches(TIME))
				? LocalTime.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("H:mm")) : null;
	}

	LocalizedText title() {
		return LocalizedText.of(this.titleFr, this.titleNl, null);
	}

}

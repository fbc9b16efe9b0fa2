package brussels.maillage.governance.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import brussels.maillage.system.LocalizedText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff type to plan a meeting.
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
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull @DateTimeFormat(pattern = "H:mm") LocalTime startTime,
		@NotNull @DateTimeFormat(pattern = "H:mm") LocalTime endTime, @Size(max = 300) String place,
		@NotNull @Min(1) @Max(2000) Integer capacity) {

	static final String[] FIELDS = { "titleFr", "titleNl", "date", "startTime", "endTime", "place", "capacity" };

	static MeetingForm empty(String titleFr, String titleNl) {
		return new MeetingForm(titleFr, titleNl, null, null, null, null, 60);
	}

	LocalizedText title() {
		return LocalizedText.of(this.titleFr, this.titleNl, null);
	}

}

package brussels.maillage.palliative.referents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A meeting to plan: its day.
 *
 * @param heldOn the day
 */
record MeetingForm(@NotBlank @Size(max = 10) String heldOn) {

	static MeetingForm empty() {
		return new MeetingForm("");
	}

}

package brussels.maillage.palliative.referents;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import jakarta.validation.constraints.NotBlank;

/**
 * A meeting to plan: its day.
 *
 * @param heldOn the day
 */
record MeetingForm(@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String heldOn) {

	static MeetingForm empty() {
		return new MeetingForm("");
	}

}

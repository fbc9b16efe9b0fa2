package brussels.maillage.palliative.referents;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.Matches;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A meeting's outcome as typed: held (with its participants) or cancelled.
 *
 * @param meetingStatus {@code HELD} or {@code CANCELLED}
 * @param participants people present, for a held meeting
 */
record AttendanceForm(
		@NotBlank @Matches(regexp = "HELD|CANCELLED", message = PalliativeInput.CHOICE) String meetingStatus,
		@Size(max = 6) String participants) {

	static AttendanceForm empty() {
		return new AttendanceForm("HELD", "");
	}

}

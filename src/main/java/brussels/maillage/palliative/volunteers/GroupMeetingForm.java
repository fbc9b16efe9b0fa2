package brussels.maillage.palliative.volunteers;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.Matches;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A working-group meeting recorded afterwards: which group, the day, held or cancelled,
 * and the participants of a held one.
 *
 * @param group {@code VOLUNTEERS} or {@code MANAGERS}
 * @param meetingOn its day
 * @param meetingStatus {@code HELD} or {@code CANCELLED}
 * @param participants people present
 */
record GroupMeetingForm(
		@NotBlank @Matches(regexp = "VOLUNTEERS|MANAGERS", message = PalliativeInput.CHOICE) String group,
		@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String meetingOn,
		@NotBlank @Matches(regexp = "HELD|CANCELLED", message = PalliativeInput.CHOICE) String meetingStatus,
		@Size(max = 6) String participants) {

	static GroupMeetingForm empty() {
		return new GroupMeetingForm("", "", "HELD", "");
	}

}

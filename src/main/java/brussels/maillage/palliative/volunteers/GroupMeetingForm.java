package brussels.maillage.palliative.volunteers;

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
record GroupMeetingForm(@NotBlank String group, @NotBlank @Size(max = 10) String meetingOn,
		@NotBlank String meetingStatus, @Size(max = 6) String participants) {

	static GroupMeetingForm empty() {
		return new GroupMeetingForm("", "", "HELD", "");
	}

}

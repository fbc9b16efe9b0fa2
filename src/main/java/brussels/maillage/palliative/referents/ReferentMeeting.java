package brussels.maillage.palliative.referents;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting of a referent group: an event of the events module, its day, its status and
 * the participants counted on the event.
 *
 * @param id meeting id
 * @param groupId the group
 * @param eventId the event that holds its date and attendance
 * @param heldOn its day
 * @param status planned, held or cancelled
 * @param participants people present (the event's headcount), or {@code null} before it
 * is recorded
 */
record ReferentMeeting(long id, long groupId, UUID eventId, LocalDate heldOn, MeetingStatus status,
		Integer participants) {

	/** The round of the year: 1 for January to June, 2 for July to December. */
	public int round() {
		return (this.heldOn.getMonthValue() <= 6) ? 1 : 2;
	}

	/** Whether a meeting is planned, took place or was called off. */
	public enum MeetingStatus {

		PLANNED, HELD, CANCELLED

	}

}

package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting of the volunteers' or the volunteer managers' working group, held or
 * cancelled; the participants are the headcount of its event.
 *
 * @param id meeting id
 * @param kind {@code VOLUNTEERS} or {@code MANAGERS}
 * @param eventId its event
 * @param heldOn its day
 * @param status {@code HELD} or {@code CANCELLED}
 * @param participants people present, or {@code null}
 */
record GroupMeeting(long id, String kind, UUID eventId, LocalDate heldOn, String status, Integer participants) {
}

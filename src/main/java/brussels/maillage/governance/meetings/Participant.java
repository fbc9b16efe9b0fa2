package brussels.maillage.governance.meetings;

import java.util.UUID;

/**
 * Someone at a meeting who is not a member of its body, with the category they come from.
 *
 * @param id participant id
 * @param meetingId the meeting
 * @param personName their name (staff only)
 * @param organisationName their organisation, or {@code null}
 * @param category a decree category code, or {@code null} for another
 */
public record Participant(UUID id, UUID meetingId, String personName, String organisationName, String category) {
}

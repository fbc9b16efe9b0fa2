package brussels.maillage.governance.meetings;

import java.time.Instant;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A meeting of a body.
 *
 * @param id meeting id
 * @param bodyId the body
 * @param eventId its event in the agenda (open series), or {@code null}
 * @param title title in fr/nl/en
 * @param startsAt start
 * @param endsAt end, after the start
 * @param place where, or {@code null}
 * @param status planned, convened, held, minutes approved, cancelled or postponed
 * @param cancelReason why it was cancelled, or {@code null}
 * @param walkIns people who came without registering
 * @param headcount a counted number of participants when only that is known, or
 * {@code null}
 * @param precision how exact the headcount is, or {@code null}
 */
public record Meeting(UUID id, UUID bodyId, UUID eventId, LocalizedText title, Instant startsAt, Instant endsAt,
		String place, MeetingStatus status, String cancelReason, int walkIns, Integer headcount, Precision precision) {
}

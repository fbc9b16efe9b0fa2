package brussels.maillage.events.agenda;

import java.time.Instant;
import java.util.UUID;

/**
 * A team's or organisation's request for an information session.
 *
 * @param id request id
 * @param organisation who asks
 * @param contactName the contact person
 * @param email their e-mail address
 * @param language language for messages to them
 * @param topic what the session should be about
 * @param audience who would attend
 * @param expectedPeople how many people
 * @param preferredDates their preferred dates, as they wrote them
 * @param territory where: {@code REGION} or a bassin code
 * @param status RECEIVED, ACCEPTED, SCHEDULED, DECLINED or HELD
 * @param eventId the event scheduled for it, or {@code null}
 * @param createdAt when it was sent
 */
record SessionRequest(UUID id, String organisation, String contactName, String email, String language, String topic,
		String audience, int expectedPeople, String preferredDates, String territory, String status, UUID eventId,
		Instant createdAt) {
}

package brussels.maillage.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person registered for an event (personal data: staff only, erased on schedule).
 *
 * @param id registration id
 * @param eventId the event
 * @param email the person's e-mail address, lower case
 * @param name their name
 * @param organisation their organisation, or {@code null}
 * @param language the language they registered in, used for every message to them
 * @param status confirmed, waiting or cancelled
 * @param token the secret of their personal link
 * @param answers answers to the event's custom questions, in order
 * @param accessibility accessibility needs they told, or {@code null}
 * @param createdAt when they registered
 */
public record Registration(UUID id, UUID eventId, String email, String name, String organisation, String language,
		RegistrationStatus status, String token, List<String> answers, String accessibility, Instant createdAt) {

	public Registration {
		answers = List.copyOf(answers);
	}

	/** The same registration with another status. */
	public Registration withStatus(RegistrationStatus newStatus) {
		return new Registration(this.id, this.eventId, this.email, this.name, this.organisation, this.language,
				newStatus, this.token, this.answers, this.accessibility, this.createdAt);
	}

}

package brussels.maillage.events.registration;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import brussels.maillage.events.Event;

import org.springframework.stereotype.Component;

/**
 * The event as registration reads it (to check the answers and write the message): kept
 * for {@link #FOR_REGISTRATION} so that a rush of registrations does not read it again
 * each time. What must be exact is checked again in the statement that writes the
 * registration (published, not begun, places left).
 */
@Component
class RegistrationEvents {

	/** How long registration keeps an event it has read. */
	static final Duration FOR_REGISTRATION = Duration.ofSeconds(2);

	private final RegistrationService.EventRows events;

	private final Map<UUID, KeptEvent> kept = new ConcurrentHashMap<>();

	RegistrationEvents(RegistrationService.EventRows events) {
		this.events = events;
	}

	/** The event, as read less than {@link #FOR_REGISTRATION} ago, or read now. */
	Optional<Event> find(UUID id) {
		long now = System.nanoTime();
		KeptEvent kept = this.kept.get(id);
		if (kept != null && now - kept.readAt() < FOR_REGISTRATION.toNanos()) {
			return Optional.of(kept.event());
		}
		Optional<Event> event = this.events.find(id);
		if (this.kept.size() > 1000) {
			this.kept.values().removeIf((old) -> now - old.readAt() >= FOR_REGISTRATION.toNanos());
		}
		event.ifPresent((found) -> this.kept.put(id, new KeptEvent(found, now)));
		return event;
	}

	/** Forgets the event, once it has changed or registration found it closed. */
	void forget(UUID id) {
		this.kept.remove(id);
	}

	private record KeptEvent(Event event, long readAt) {
	}

}

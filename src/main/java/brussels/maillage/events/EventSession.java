package brussels.maillage.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One date of an event; a cycle has several, and one registration covers them all.
 *
 * @param id session id
 * @param position its order in the event, from 1
 * @param startsAt when it starts
 * @param endsAt when it ends
 */
public record EventSession(UUID id, int position, Instant startsAt, Instant endsAt) {
}

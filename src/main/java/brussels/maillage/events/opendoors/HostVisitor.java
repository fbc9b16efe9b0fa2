package brussels.maillage.events.opendoors;

import java.time.Instant;

/**
 * A visitor booked on one of a host's slots, as the host sees it.
 *
 * @param startsAt start of the slot
 * @param name visitor name
 * @param email visitor e-mail
 * @param profession visitor profession
 */
record HostVisitor(Instant startsAt, String name, String email, String profession) {
}

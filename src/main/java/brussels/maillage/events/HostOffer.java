package brussels.maillage.events;

import java.util.UUID;

/**
 * A host's offer as staff see it during the call for hosts.
 *
 * @param id offer id
 * @param hostName host organisation
 * @param communeNis commune code
 * @param status {@code PROPOSED}, {@code VALIDATED} or {@code REFUSED}
 * @param slots number of slots
 * @param booked visits booked
 * @param hostToken private link of the host
 * @param registeredBy who recorded the offer
 */
public record HostOffer(UUID id, String hostName, String communeNis, String status, int slots, int booked,
		String hostToken, String registeredBy) {
}

package brussels.maillage.events.opendoors;

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
 * @param registeredBy who recorded the offer ({@code host} when the host answered the
 * call itself)
 * @param organizationNote what a host not in the directory wrote for staff, or
 * {@code null}
 */
record HostOffer(UUID id, String hostName, String communeNis, String status, int slots, int booked, String hostToken,
		String registeredBy, String organizationNote) {
}

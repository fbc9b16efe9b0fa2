package brussels.maillage.events.opendoors;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A host's offer as the host sees it through its private link.
 *
 * @param id offer id
 * @param weekId its week
 * @param organizationId the organisation of the directory, or {@code null}
 * @param hostName host organisation
 * @param organizationNote what a host not in the directory wrote for staff, or
 * {@code null}
 * @param contactName who to contact
 * @param contactEmail the contact's e-mail
 * @param contactLanguage the language of our messages to the host
 * @param address address of the visits
 * @param communeNis commune code
 * @param status {@code PROPOSED}, {@code VALIDATED} or {@code REFUSED}
 * @param slots the slots in time order
 */
public record HostOfferDetails(UUID id, UUID weekId, UUID organizationId, String hostName, String organizationNote,
		String contactName, String contactEmail, String contactLanguage, String address, String communeNis,
		String status, List<OfferedSlot> slots) {

	/**
	 * One slot of the offer.
	 *
	 * @param startsAt start, Brussels time
	 * @param capacity places
	 * @param language language of the visit, or {@code null}
	 * @param description what visitors will see
	 * @param themes theme codes
	 */
	public record OfferedSlot(LocalDateTime startsAt, int capacity, String language, LocalizedText description,
			List<String> themes) {
	}

}

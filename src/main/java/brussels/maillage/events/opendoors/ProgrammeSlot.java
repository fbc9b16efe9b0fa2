package brussels.maillage.events.opendoors;

import java.time.Instant;
import java.util.UUID;

/**
 * One visit slot of a published programme, with the places left.
 *
 * @param slotId slot id
 * @param offerId offer id
 * @param hostName host organisation
 * @param address address of the visit
 * @param communeNis commune code
 * @param theme theme code, or {@code null}
 * @param description what the visit shows
 * @param startsAt start
 * @param endsAt end
 * @param capacity places
 * @param booked places taken
 * @param language language of the visit ({@code fr}, {@code nl}, {@code bilingual},
 * {@code en}), or {@code null} when the host did not say
 */
record ProgrammeSlot(UUID slotId, UUID offerId, String hostName, String address, String communeNis, String theme,
		String description, Instant startsAt, Instant endsAt, int capacity, int booked, String language) {

	/** Places left. */
	public int left() {
		return Math.max(0, this.capacity - this.booked);
	}

}

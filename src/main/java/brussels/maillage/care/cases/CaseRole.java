package brussels.maillage.care.cases;

import java.time.LocalDate;

/**
 * A provider's role on a case; an ended role stays visible.
 *
 * @param id role id
 * @param providerId the provider
 * @param providerName the provider's name
 * @param role what they do
 * @param startsOn first day
 * @param endsOn last day, or {@code null} while it lasts
 */
public record CaseRole(long id, long providerId, String providerName, ProviderRole role, LocalDate startsOn,
		LocalDate endsOn) {

	/** Whether the role has ended. */
	public boolean ended() {
		return this.endsOn != null;
	}

}

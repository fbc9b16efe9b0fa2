package brussels.maillage.plans.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;

/**
 * The action plan of one territory for one year.
 *
 * @param id plan id
 * @param territory a bassin, the region or the palliative platform
 * @param year the year it plans
 * @param status where it stands
 * @param councilMeetingId the governance meeting where the council validated it, or
 * {@code null}
 * @param decisionText the council's decision as written, or {@code null}
 * @param decidedOn the day of that decision, or {@code null}
 * @param createdAt when it was created
 */
public record Plan(UUID id, TerritoryScope territory, int year, PlanStatus status, UUID councilMeetingId,
		String decisionText, LocalDate decidedOn, Instant createdAt) {

	/** Whether it belongs to the shared roadmap of the 5 bassins. */
	public boolean bassin() {
		return this.territory != TerritoryScope.REGION && this.territory != TerritoryScope.PALLIATIVE;
	}

}

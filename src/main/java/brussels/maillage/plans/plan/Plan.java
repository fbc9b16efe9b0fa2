package brussels.maillage.plans.plan;

import java.util.List;

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

	/**
	 * The territories that have a plan: the five bassins, the region and the palliative
	 * platform (not the care-coordination or finance teams).
	 */
	public static final List<TerritoryScope> TERRITORIES = List.of(TerritoryScope.REGION, TerritoryScope.NORD,
			TerritoryScope.NORD_EST, TerritoryScope.SUD, TerritoryScope.SUD_EST, TerritoryScope.CENTRE_OUEST,
			TerritoryScope.PALLIATIVE);

	/** Whether it belongs to the shared roadmap of the 5 bassins. */
	public boolean bassin() {
		return this.territory != TerritoryScope.REGION && this.territory != TerritoryScope.PALLIATIVE;
	}

}

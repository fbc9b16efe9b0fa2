package brussels.maillage.governance;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The plan actions that came from governance proposals, for the public trace and the
 * decisions register. Implemented by the plans module (which may use governance, not the
 * other way round); governance works without it. The plan actions a decision created are
 * those of the proposals it concerns.
 */
public interface PlanLinks {

	/**
	 * The plan actions whose origin is one of {@code proposalIds}, by plan and reference.
	 */
	List<PlanAction> ofProposals(Collection<UUID> proposalIds);

	/**
	 * A plan action as the trace shows it.
	 *
	 * @param proposalId the proposal it came from
	 * @param territory the plan's territory ({@code REGION}, a bassin,
	 * {@code PALLIATIVE})
	 * @param territoryKey the message key of the territory's name
	 * @param year the plan's year
	 * @param reference the action's reference in its plan ({@code 3.1})
	 * @param titleFr French title, or {@code null}
	 * @param titleNl Dutch title, or {@code null}
	 * @param statusKey the message key of the action's status
	 */
	record PlanAction(UUID proposalId, String territory, String territoryKey, int year, String reference,
			String titleFr, String titleNl, String statusKey) {

		/** The title in {@code language}, the other language when it has none. */
		public String title(String language) {
			String first = "nl".equals(language) ? this.titleNl : this.titleFr;
			return (first != null && !first.isBlank()) ? first : ("nl".equals(language) ? this.titleFr : this.titleNl);
		}

		/** The language of {@link #title(String)}, for the page's {@code lang}. */
		public String titleLanguage(String language) {
			String shown = title(language);
			return (shown != null && shown == this.titleNl) ? "nl" : "fr";
		}

	}

}

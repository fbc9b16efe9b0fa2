package brussels.maillage.plans.plan;

import java.util.List;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;

/**
 * An action of a plan, with its deliverables and milestones.
 *
 * @param id action id
 * @param planId its plan
 * @param reference its reference as the plan writes it ({@code 3.1})
 * @param titleFr French title, or {@code null}
 * @param titleNl Dutch title, or {@code null}
 * @param descriptionFr French description, or {@code null}
 * @param descriptionNl Dutch description, or {@code null}
 * @param objectiveCode the operational or strategic objective it serves, or {@code null}
 * while not yet chosen
 * @param origin why it is in the plan
 * @param originProposalId the governance proposal it comes from, or {@code null}
 * @param leadTeam code of the team that leads it, or {@code null}
 * @param bassins the bassins it concerns
 * @param status where it stands
 * @param perspectivesFr perspectives for next year in French, or {@code null}
 * @param perspectivesNl perspectives for next year in Dutch, or {@code null}
 * @param deliverables what it delivers, in order
 * @param milestones its dated steps, by date
 */
public record Action(UUID id, UUID planId, String reference, String titleFr, String titleNl, String descriptionFr,
		String descriptionNl, String objectiveCode, Origin origin, UUID originProposalId, String leadTeam,
		List<TerritoryScope> bassins, ActionStatus status, String perspectivesFr, String perspectivesNl,
		List<Deliverable> deliverables, List<Milestone> milestones) {

	public Action {
		bassins = List.copyOf(bassins);
		deliverables = List.copyOf(deliverables);
		milestones = List.copyOf(milestones);
	}

	/** The title in {@code language}, the other language when it has none. */
	public String title(String language) {
		return pick(language, this.titleFr, this.titleNl);
	}

	public String description(String language) {
		return pick(language, this.descriptionFr, this.descriptionNl);
	}

	public String perspectives(String language) {
		return pick(language, this.perspectivesFr, this.perspectivesNl);
	}

	/** The language of {@link #title(String)}, for the page's {@code lang}. */
	public String titleLanguage(String language) {
		return languageOf(language, this.titleFr, this.titleNl);
	}

	public String descriptionLanguage(String language) {
		return languageOf(language, this.descriptionFr, this.descriptionNl);
	}

	public String perspectivesLanguage(String language) {
		return languageOf(language, this.perspectivesFr, this.perspectivesNl);
	}

	private static String languageOf(String language, String fr, String nl) {
		String shown = pick(language, fr, nl);
		return (shown != null && shown == nl) ? "nl" : "fr";
	}

	private static String pick(String language, String fr, String nl) {
		boolean wantsNl = "nl".equals(language);
		String first = wantsNl ? nl : fr;
		return (first != null && !first.isBlank()) ? first : (wantsNl ? fr : nl);
	}

}

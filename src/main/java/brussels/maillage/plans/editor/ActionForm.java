package brussels.maillage.plans.editor;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.ActionDraft;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Origin;
import brussels.maillage.plans.plan.Plan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An action as staff type it; every field is kept as typed, so a wrong one loses nothing.
 *
 * @param reference its reference ({@code 3.1})
 * @param titleFr French title
 * @param titleNl Dutch title
 * @param descriptionFr French description
 * @param descriptionNl Dutch description
 * @param objective code of the objective it serves
 * @param origin why it is in the plan
 * @param originProposal id of the governance proposal it comes from
 * @param leadTeam code of the team that leads it
 * @param bassins the bassins it concerns
 * @param status where it stands
 * @param perspectivesFr perspectives for next year in French
 * @param perspectivesNl perspectives for next year in Dutch
 */
record ActionForm(@NotBlank @Size(max = 20) String reference, @Size(max = 500) String titleFr,
		@Size(max = 500) String titleNl, @Size(max = 5000) String descriptionFr, @Size(max = 5000) String descriptionNl,
		@Size(max = 40) String objective,
		@NotBlank @Pattern(regexp = "PROPOSAL|AUTHORITY_REQUEST|CONTINUING") String origin,
		@Pattern(
				regexp = "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}") String originProposal,
		@Pattern(regexp = "|REGION|NORD|NORD_EST|SUD|SUD_EST|CENTRE_OUEST|PALLIATIVE") String leadTeam,
		List<@Pattern(regexp = "NORD|NORD_EST|SUD|SUD_EST|CENTRE_OUEST") String> bassins,
		@NotBlank @Pattern(
				regexp = "NOT_STARTED|ON_TRACK|AT_RISK|DONE|PARTIAL|NOT_DONE|POSTPONED|STANDBY") String status,
		@Size(max = 5000) String perspectivesFr, @Size(max = 5000) String perspectivesNl) {

	static final String[] FIELDS = { "reference", "titleFr", "titleNl", "descriptionFr", "descriptionNl", "objective",
			"origin", "originProposal", "leadTeam", "bassins", "status", "perspectivesFr", "perspectivesNl" };

	ActionForm {
		bassins = (bassins != null) ? List.copyOf(bassins) : List.of();
	}

	static ActionForm empty(Plan plan) {
		return new ActionForm(null, null, null, null, null, null, Origin.CONTINUING.name(), null,
				plan.territory().name(), plan.bassin() ? List.of(plan.territory().name()) : List.of(),
				ActionStatus.NOT_STARTED.name(), null, null);
	}

	static ActionForm of(Action action) {
		return new ActionForm(action.reference(), action.titleFr(), action.titleNl(), action.descriptionFr(),
				action.descriptionNl(), action.objectiveCode(), action.origin().name(),
				(action.originProposalId() != null) ? action.originProposalId().toString() : null, action.leadTeam(),
				action.bassins().stream().map(TerritoryScope::name).toList(), action.status().name(),
				action.perspectivesFr(), action.perspectivesNl());
	}

	boolean untitled() {
		return blank(this.titleFr) && blank(this.titleNl);
	}

	/** The form as an action's fields; call once it is valid. */
	ActionDraft draft() {
		return new ActionDraft(this.reference.strip(), strip(this.titleFr), strip(this.titleNl),
				strip(this.descriptionFr), strip(this.descriptionNl), strip(this.objective),
				Origin.valueOf(this.origin), blank(this.originProposal) ? null : UUID.fromString(this.originProposal),
				strip(this.leadTeam),
				this.bassins.stream().map((b) -> TerritoryScope.valueOf(b.toUpperCase(Locale.ROOT))).toList(),
				ActionStatus.valueOf(this.status), strip(this.perspectivesFr), strip(this.perspectivesNl));
	}

	static String strip(String text) {
		return blank(text) ? null : text.strip();
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}

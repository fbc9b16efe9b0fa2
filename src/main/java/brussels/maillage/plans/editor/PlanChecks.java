package brussels.maillage.plans.editor;

import java.time.DateTimeException;
import java.time.LocalDate;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.Objective;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlanRefused;
import brussels.maillage.plans.plan.PlanStatus;
import brussels.maillage.plans.plan.PlansService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the plans' forms beyond their annotations, each problem next to its field:
 * a plan of one's own territory not yet made for the year, a validated status with its
 * decision, real days, an action titled with a known objective and a reference free in
 * its plan, a deliverable's known metric and its unit, an objective's strategic parent.
 */
@Component
class PlanChecks {

	private final PlansService plans;

	PlanChecks(PlansService plans) {
		this.plans = plans;
	}

	/**
	 * Whether the user may make this plan, for a territory of theirs without a plan that
	 * year.
	 */
	boolean newPlan(NewPlanForm form, CurrentUser user, Errors errors) {
		if (!errors.hasFieldErrors("territory")
				&& !PlansService.canEdit(user, TerritoryScope.valueOf(form.territory()))) {
			errors.rejectValue("territory", "plans.error.notYours");
		}
		if (!errors.hasErrors()
				&& this.plans.plan(TerritoryScope.valueOf(form.territory()), Integer.parseInt(form.year()))
					.isPresent()) {
			errors.rejectValue("territory", "plans.error.exists");
		}
		return !errors.hasErrors();
	}

	/**
	 * Whether the status change is complete: a validation has its decision and day, a day
	 * is real.
	 */
	static boolean status(StatusForm form, Errors errors) {
		if (!errors.hasFieldErrors("status") && PlanStatus.valueOf(form.status()) == PlanStatus.VALIDATED) {
			if (ActionForm.blank(form.decisionText())) {
				errors.rejectValue("decisionText", "plans.status.error.decisionText");
			}
			if (ActionForm.blank(form.decidedOn()) && !errors.hasFieldErrors("decidedOn")) {
				errors.rejectValue("decidedOn", "plans.status.error.decidedOn");
			}
		}
		if (!errors.hasFieldErrors("decidedOn") && !ActionForm.blank(form.decidedOn())) {
			day(form.decidedOn(), "decidedOn", errors);
		}
		return !errors.hasErrors();
	}

	/**
	 * Shows a refusal of the status change next to the meeting field when it is about the
	 * meeting; {@code false} for the others, which the plan's page shows as a notice.
	 */
	static boolean meetingRefused(PlanRefused refused, Errors errors) {
		if ("plans.error.meeting".equals(refused.messageKey())) {
			errors.rejectValue("meetingId", refused.messageKey());
			return true;
		}
		return false;
	}

	/**
	 * Whether the action may be saved in this plan ({@code action} is {@code null} for a
	 * new one).
	 */
	boolean action(Plan plan, Action action, ActionForm form, Errors errors) {
		if (form.untitled()) {
			errors.rejectValue("titleFr", "plans.action.error.title");
		}
		if (!ActionForm.blank(form.objective()) && this.plans.objective(form.objective().strip()).isEmpty()) {
			errors.rejectValue("objective", "plans.action.error.objective");
		}
		if (!errors.hasFieldErrors("reference")) {
			String reference = form.reference().strip();
			boolean taken = this.plans.actions(plan.id())
				.stream()
				.anyMatch((a) -> a.reference().equals(reference) && (action == null || !a.id().equals(action.id())));
			if (taken) {
				errors.rejectValue("reference", "plans.action.error.referenceTaken");
			}
		}
		return !errors.hasErrors();
	}

	/** The milestone's day, or {@code null} when a field is refused. */
	static LocalDate milestone(MilestoneForm form, Errors errors) {
		LocalDate day = errors.hasFieldErrors("dueOn") ? null : day(form.dueOn(), "dueOn", errors);
		return errors.hasErrors() ? null : day;
	}

	/**
	 * Whether the deliverable may be saved: a known metric, and a unit beside a target
	 * value.
	 */
	boolean deliverable(DeliverableForm form, Errors errors) {
		if (!errors.hasFieldErrors("metric") && !ActionForm.blank(form.metric())
				&& !this.plans.knownMetric(form.metric().strip())) {
			errors.rejectValue("metric", "plans.deliverable.error.metric");
		}
		if (!ActionForm.blank(form.targetValue()) && ActionForm.blank(form.unit()) && !errors.hasFieldErrors("unit")) {
			errors.rejectValue("unit", "plans.deliverable.error.unit");
		}
		return !errors.hasErrors();
	}

	/**
	 * Whether the objective may be saved: a parent, if any, is another strategic
	 * objective.
	 */
	boolean objective(ObjectiveForm form, Errors errors) {
		if (!ActionForm.blank(form.parentCode())) {
			boolean strategicParent = this.plans.objective(form.parentCode().strip())
				.map(Objective::strategic)
				.orElse(false);
			if (!strategicParent || form.parentCode().strip().equals(ActionForm.strip(form.code()))) {
				errors.rejectValue("parentCode", "plans.objective.error.parent");
			}
		}
		return !errors.hasErrors();
	}

	private static LocalDate day(String typed, String field, Errors errors) {
		try {
			return LocalDate.parse(typed);
		}
		catch (DateTimeException ex) {
			errors.rejectValue(field, "plans.error.date");
			return null;
		}
	}

}

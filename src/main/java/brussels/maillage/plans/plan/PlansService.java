package brussels.maillage.plans.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.governance.CouncilMeetings;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly plans: their status from draft to closed, their actions, deliverables and
 * milestones, and the objectives they serve. Every change is in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class PlansService {

	private final PlanRepository plans;

	private final ActionRepository actions;

	private final DeliverableRepository deliverables;

	private final ObjectiveRepository objectives;

	private final KnownMetrics metrics;

	private final AuditLog audit;

	private final Clock clock;

	private final CouncilMeetings councilMeetings;

	PlansService(PlanRepository plans, ActionRepository actions, DeliverableRepository deliverables,
			ObjectiveRepository objectives, KnownMetrics metrics, AuditLog audit, Clock clock,
			CouncilMeetings councilMeetings) {
		this.councilMeetings = councilMeetings;
		this.plans = plans;
		this.actions = actions;
		this.deliverables = deliverables;
		this.objectives = objectives;
		this.metrics = metrics;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether {@code user} may change the plans of {@code territory}. */
	public static boolean canEdit(CurrentUser user, TerritoryScope territory) {
		return user != null && user.worksFor(territory);
	}

	/** Whether {@code code} names a metric that can measure a deliverable. */
	public boolean knownMetric(String code) {
		return this.metrics.known(code);
	}

	public List<Integer> years() {
		return this.plans.years();
	}

	public List<Plan> plans(int year) {
		return this.plans.ofYear(year);
	}

	public Optional<Plan> plan(UUID id) {
		return this.plans.find(id);
	}

	public Optional<Plan> plan(TerritoryScope territory, int year) {
		return this.plans.find(territory, year);
	}

	public List<StatusChange> history(UUID planId) {
		return this.plans.history(planId);
	}

	/** The actions of a plan in order, each with its deliverables and milestones. */
	public List<Action> actions(UUID planId) {
		return this.actions.ofPlan(planId, this.deliverables.ofPlan(planId));
	}

	public Optional<Action> action(UUID id) {
		return this.actions.planOf(id)
			.flatMap((planId) -> actions(planId).stream().filter((a) -> a.id().equals(id)).findFirst());
	}

	public List<StatusChange> actionHistory(UUID actionId) {
		return this.actions.history(actionId);
	}

	/** The action a deliverable belongs to. */
	public Optional<Action> actionOfDeliverable(UUID deliverableId) {
		return this.deliverables.actionOf(deliverableId).flatMap(this::action);
	}

	/** Strategic objectives, each followed by its operational ones. */
	public List<Objective> objectives() {
		return this.objectives.all();
	}

	public Optional<Objective> objective(String code) {
		return this.objectives.find(code);
	}

	@Transactional
	public void saveObjective(Objective objective) {
		this.objectives.save(objective);
		this.audit.record("plans.objective.saved", "plans_objective", objective.code(), null);
	}

	/** Creates the draft plan of a territory for a year. */
	@Transactional
	public UUID createPlan(TerritoryScope territory, int year, String by) {
		if (this.plans.find(territory, year).isPresent()) {
			throw new PlanRefused("plans.error.exists");
		}
		UUID id = UUID.randomUUID();
		this.plans.insert(id, territory, year, now(), by);
		this.audit.record("plans.plan.created", "plans_plan", id, AuditLog.details("plan-created", territory, year));
		return id;
	}

	/**
	 * Moves a plan to {@code to}. Validation needs the council's decision: its day and
	 * its text; the governance meeting where it was taken is kept when given, and must
	 * then be a meeting of the territory's council (the bassin's council, the regional
	 * council for the region and the palliative platform).
	 */
	@Transactional
	public void changeStatus(UUID planId, PlanStatus to, UUID meetingId, String decisionText, LocalDate decidedOn,
			String note, String by) {
		Plan plan = this.plans.find(planId).orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		if (!plan.status().next().contains(to)) {
			throw new PlanRefused("plans.error.transition");
		}
		if (to == PlanStatus.VALIDATED && (decidedOn == null || decisionText == null || decisionText.isBlank())) {
			throw new PlanRefused("plans.error.decision");
		}
		if (to == PlanStatus.VALIDATED && meetingId != null
				&& !this.councilMeetings.ofTerritoryCouncil(meetingId, plan.territory().name())) {
			throw new PlanRefused("plans.error.meeting");
		}
		boolean validation = to == PlanStatus.VALIDATED;
		this.plans.changeStatus(planId, plan.status(), to, validation ? meetingId : null,
				validation ? decisionText.strip() : null, validation ? decidedOn : null,
				validation ? decisionText.strip() : blankToNull(note), now(), by);
		this.audit.record("plans.plan.status", "plans_plan", planId,
				AuditLog.details("plan-status", plan.status(), to));
	}

	@Transactional
	public UUID addAction(UUID planId, ActionDraft draft, String by) {
		editable(planId);
		UUID id = UUID.randomUUID();
		this.actions.insert(id, planId, this.actions.nextPosition(planId), draft, now(), by);
		this.audit.record("plans.action.added", "plans_action", id, draft.reference());
		return id;
	}

	@Transactional
	public void updateAction(UUID actionId, ActionDraft draft, String by) {
		Action action = action(actionId).orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		editable(action.planId());
		this.actions.update(actionId, action.status(), draft, null, now(), by);
		this.audit.record("plans.action.changed", "plans_action", actionId, draft.reference());
	}

	@Transactional
	public void deleteAction(UUID actionId) {
		Action action = action(actionId).orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		editable(action.planId());
		this.actions.delete(actionId);
		this.audit.record("plans.action.deleted", "plans_action", actionId, action.reference());
	}

	@Transactional
	public UUID addDeliverable(UUID actionId, Deliverable deliverable) {
		Action action = action(actionId).orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		editable(action.planId());
		UUID id = UUID.randomUUID();
		this.deliverables.insert(actionId, withId(id, deliverable));
		this.audit.record("plans.deliverable.added", "plans_deliverable", id, deliverable.metricCode());
		return id;
	}

	@Transactional
	public void updateDeliverable(Deliverable deliverable) {
		Action action = actionOfDeliverable(deliverable.id())
			.orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		editable(action.planId());
		this.deliverables.update(deliverable);
		this.audit.record("plans.deliverable.changed", "plans_deliverable", deliverable.id(), deliverable.metricCode());
	}

	@Transactional
	public void deleteDeliverable(UUID deliverableId) {
		Action action = actionOfDeliverable(deliverableId).orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		editable(action.planId());
		this.deliverables.delete(deliverableId);
		this.audit.record("plans.deliverable.deleted", "plans_deliverable", deliverableId, null);
	}

	@Transactional
	public void addMilestone(UUID actionId, LocalDate dueOn, String label) {
		Action action = action(actionId).orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		editable(action.planId());
		UUID id = UUID.randomUUID();
		this.actions.addMilestone(actionId, new Milestone(id, dueOn, label.strip()));
		this.audit.record("plans.milestone.added", "plans_action", actionId, dueOn.toString());
	}

	@Transactional
	public void deleteMilestone(UUID actionId, UUID milestoneId) {
		Action action = action(actionId).orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		editable(action.planId());
		this.actions.deleteMilestone(actionId, milestoneId);
		this.audit.record("plans.milestone.deleted", "plans_action", actionId, milestoneId.toString());
	}

	/**
	 * Makes the plan of {@code territory} for {@code year} hold exactly {@code planned},
	 * in that order: actions are matched by reference (keeping their status history),
	 * those absent are removed, and the plan is created as a draft when missing. Refused
	 * once the council validated the plan.
	 */
	@Transactional
	public UUID replaceActions(TerritoryScope territory, int year, List<PlannedAction> planned, String by) {
		Plan plan = this.plans.find(territory, year).orElse(null);
		UUID planId;
		if (plan == null) {
			planId = createPlan(territory, year, by);
		}
		else if (!plan.status().replaceable()) {
			throw new PlanRefused("plans.error.notReplaceable");
		}
		else {
			planId = plan.id();
		}
		Map<String, Action> existing = new HashMap<>();
		actions(planId).forEach((action) -> existing.put(action.reference(), action));
		Instant at = now();
		int position = 1;
		for (PlannedAction each : planned) {
			Action before = existing.remove(each.action().reference());
			UUID actionId;
			if (before == null) {
				actionId = UUID.randomUUID();
				this.actions.insert(actionId, planId, position, each.action(), at, by);
			}
			else {
				actionId = before.id();
				this.actions.update(actionId, before.status(), each.action(), position, at, by);
				this.deliverables.deleteOfAction(actionId);
				this.actions.deleteMilestones(actionId);
			}
			for (Deliverable deliverable : each.deliverables()) {
				this.deliverables.insert(actionId, withId(UUID.randomUUID(), deliverable));
			}
			for (Milestone milestone : each.milestones()) {
				this.actions.addMilestone(actionId,
						new Milestone(UUID.randomUUID(), milestone.dueOn(), milestone.label()));
			}
			position++;
		}
		existing.values().forEach((gone) -> this.actions.delete(gone.id()));
		this.audit.record("plans.plan.imported", "plans_plan", planId, AuditLog.details("actions", planned.size()));
		return planId;
	}

	private void editable(UUID planId) {
		Plan plan = this.plans.find(planId).orElseThrow(() -> new PlanRefused("plans.error.notFound"));
		if (!plan.status().editable()) {
			throw new PlanRefused("plans.error.closed");
		}
	}

	private static Deliverable withId(UUID id, Deliverable d) {
		return new Deliverable(id, d.targetText(), d.targetValue(), d.unit(), d.perBassin(), d.metricCode(), d.done(),
				d.documentUrl());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private Instant now() {
		return this.clock.instant();
	}

}

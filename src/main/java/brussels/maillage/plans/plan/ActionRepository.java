package brussels.maillage.plans.plan;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code plans_action}, {@code plans_action_status_change} and
 * {@code plans_milestone}.
 */
@Repository
class ActionRepository {

	private final JdbcClient jdbc;

	ActionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID planId, int position, ActionDraft draft, Instant at, String by) {
		this.jdbc.sql("""
				insert into plans_action (id, plan_id, reference, position, title_fr, title_nl, description_fr,
				description_nl, objective_code, origin, origin_proposal_id, lead_team, bassins, status, perspectives_fr,
				perspectives_nl) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?)""")
			.params(id, planId, draft.reference(), position, draft.titleFr(), draft.titleNl(), draft.descriptionFr(),
					draft.descriptionNl(), draft.objectiveCode(), draft.origin().name(), draft.originProposalId(),
					draft.leadTeam(), bassins(draft), draft.status().name(), draft.perspectivesFr(),
					draft.perspectivesNl())
			.update();
		history(id, null, draft.status(), at, by);
	}

	void update(UUID id, ActionStatus before, ActionDraft draft, Integer position, Instant at, String by) {
		this.jdbc.sql("""
				update plans_action set reference = ?, title_fr = ?, title_nl = ?, description_fr = ?,
				description_nl = ?, objective_code = ?, origin = ?, origin_proposal_id = ?, lead_team = ?,
				bassins = ?::text[], status = ?, perspectives_fr = ?, perspectives_nl = ?,
				position = coalesce(?, position) where id = ?""")
			.params(draft.reference(), draft.titleFr(), draft.titleNl(), draft.descriptionFr(), draft.descriptionNl(),
					draft.objectiveCode(), draft.origin().name(), draft.originProposalId(), draft.leadTeam(),
					bassins(draft), draft.status().name(), draft.perspectivesFr(), draft.perspectivesNl(), position, id)
			.update();
		if (before != draft.status()) {
			history(id, before, draft.status(), at, by);
		}
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from plans_action where id = ?").param(id).update();
	}

	int nextPosition(UUID planId) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from plans_action where plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single();
	}

	private void history(UUID id, ActionStatus from, ActionStatus to, Instant at, String by) {
		this.jdbc.sql("""
				insert into plans_action_status_change (action_id, from_status, to_status, changed_at, changed_by)
				values (?, ?, ?, ?, ?)""")
			.params(id, (from != null) ? from.name() : null, to.name(), Timestamp.from(at), by)
			.update();
	}

	List<StatusChange> history(UUID id) {
		return this.jdbc.sql("""
				select from_status, to_status, changed_at, changed_by from plans_action_status_change
				where action_id = ? order by changed_at, id""")
			.param(id)
			.query((rs, row) -> new StatusChange(rs.getString("from_status"), rs.getString("to_status"), null,
					rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
			.list();
	}

	void addMilestone(UUID actionId, Milestone milestone) {
		this.jdbc.sql("""
				insert into plans_milestone (id, action_id, due_on, label, position)
				values (?, ?, ?, ?, (select count(*) from plans_milestone where action_id = ?))""")
			.params(milestone.id(), actionId, Date.valueOf(milestone.dueOn()), milestone.label(), actionId)
			.update();
	}

	void deleteMilestone(UUID actionId, UUID id) {
		this.jdbc.sql("delete from plans_milestone where id = ? and action_id = ?").params(id, actionId).update();
	}

	void deleteMilestones(UUID actionId) {
		this.jdbc.sql("delete from plans_milestone where action_id = ?").param(actionId).update();
	}

	Optional<UUID> planOf(UUID actionId) {
		return this.jdbc.sql("select plan_id from plans_action where id = ?")
			.param(actionId)
			.query(UUID.class)
			.optional();
	}

	/** The actions of a plan in order, with the deliverables and milestones given. */
	List<Action> ofPlan(UUID planId, Map<UUID, List<Deliverable>> deliverables) {
		Map<UUID, List<Milestone>> milestones = new java.util.HashMap<>();
		this.jdbc.sql("""
				select m.* from plans_milestone m join plans_action a on a.id = m.action_id where a.plan_id = ?
				order by m.due_on, m.position""")
			.param(planId)
			.query((rs, row) -> Map.entry(rs.getObject("action_id", UUID.class),
					new Milestone(rs.getObject("id", UUID.class), rs.getDate("due_on").toLocalDate(),
							rs.getString("label"))))
			.list()
			.forEach((entry) -> milestones.computeIfAbsent(entry.getKey(), (key) -> new ArrayList<>())
				.add(entry.getValue()));
		return this.jdbc.sql("select * from plans_action where plan_id = ? order by position, reference")
			.param(planId)
			.query((rs, row) -> action(rs, deliverables, milestones))
			.list();
	}

	private static Action action(ResultSet rs, Map<UUID, List<Deliverable>> deliverables,
			Map<UUID, List<Milestone>> milestones) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Array array = rs.getArray("bassins");
		List<TerritoryScope> bassins = Arrays.stream((String[]) array.getArray()).map(TerritoryScope::valueOf).toList();
		return new Action(id, rs.getObject("plan_id", UUID.class), rs.getString("reference"), rs.getString("title_fr"),
				rs.getString("title_nl"), rs.getString("description_fr"), rs.getString("description_nl"),
				rs.getString("objective_code"), Origin.valueOf(rs.getString("origin")),
				rs.getObject("origin_proposal_id", UUID.class), rs.getString("lead_team"), bassins,
				ActionStatus.valueOf(rs.getString("status")), rs.getString("perspectives_fr"),
				rs.getString("perspectives_nl"), deliverables.getOrDefault(id, List.of()),
				milestones.getOrDefault(id, List.of()));
	}

	private static String bassins(ActionDraft draft) {
		return "{" + String.join(",", draft.bassins().stream().map(TerritoryScope::name).toList()) + "}";
	}

}

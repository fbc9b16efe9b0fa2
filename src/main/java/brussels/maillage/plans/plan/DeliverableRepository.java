package brussels.maillage.plans.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code plans_deliverable}. */
@Repository
class DeliverableRepository {

	private final JdbcClient jdbc;

	DeliverableRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID actionId, Deliverable deliverable) {
		this.jdbc.sql("""
				insert into plans_deliverable (id, action_id, position, target_text, target_value, unit, per_bassin,
				metric_code, done, document_url)
				values (?, ?, (select count(*) from plans_deliverable where action_id = ?), ?, ?, ?, ?, ?, ?, ?)""")
			.params(deliverable.id(), actionId, actionId, deliverable.targetText(), deliverable.targetValue(),
					deliverable.unit(), deliverable.perBassin(), deliverable.metricCode(), deliverable.done(),
					deliverable.documentUrl())
			.update();
	}

	void update(Deliverable deliverable) {
		this.jdbc.sql("""
				update plans_deliverable set target_text = ?, target_value = ?, unit = ?, per_bassin = ?,
				metric_code = ?, done = ?, document_url = ? where id = ?""")
			.params(deliverable.targetText(), deliverable.targetValue(), deliverable.unit(), deliverable.perBassin(),
					deliverable.metricCode(), deliverable.done(), deliverable.documentUrl(), deliverable.id())
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from plans_deliverable where id = ?").param(id).update();
	}

	void deleteOfAction(UUID actionId) {
		this.jdbc.sql("delete from plans_deliverable where action_id = ?").param(actionId).update();
	}

	Optional<UUID> actionOf(UUID id) {
		return this.jdbc.sql("select action_id from plans_deliverable where id = ?")
			.param(id)
			.query(UUID.class)
			.optional();
	}

	/** The deliverables of a plan's actions, by action, in order. */
	Map<UUID, List<Deliverable>> ofPlan(UUID planId) {
		Map<UUID, List<Deliverable>> byAction = new HashMap<>();
		this.jdbc.sql("""
				select d.* from plans_deliverable d join plans_action a on a.id = d.action_id where a.plan_id = ?
				order by d.position""")
			.param(planId)
			.query((rs, row) -> Map.entry(rs.getObject("action_id", UUID.class),
					new Deliverable(rs.getObject("id", UUID.class), rs.getString("target_text"),
							(rs.getBigDecimal("target_value") != null)
									? rs.getBigDecimal("target_value").stripTrailingZeros() : null,
							rs.getString("unit"), rs.getBoolean("per_bassin"), rs.getString("metric_code"),
							rs.getBoolean("done"), rs.getString("document_url"))))
			.list()
			.forEach((entry) -> byAction.computeIfAbsent(entry.getKey(), (key) -> new ArrayList<>())
				.add(entry.getValue()));
		return byAction;
	}

}

package brussels.maillage.plans.plan;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import brussels.maillage.governance.PlanLinks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells governance which plan actions came from its proposals ({@code origin_proposal_id}
 * of the actions), for the proposals' public trace and the councils' decisions registers.
 */
@Component
@Transactional(readOnly = true)
class GovernancePlanLinks implements PlanLinks {

	private final JdbcClient jdbc;

	GovernancePlanLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PlanAction> ofProposals(Collection<UUID> proposalIds) {
		if (proposalIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.origin_proposal_id, p.territory, p.year, a.reference, a.title_fr, a.title_nl, a.status
				from plans_action a join plans_plan p on p.id = a.plan_id
				where a.origin_proposal_id = any(?) order by p.year, p.territory, a.position, a.reference""")
			.param(proposalIds.toArray(UUID[]::new))
			.query((rs, row) -> new PlanAction(rs.getObject("origin_proposal_id", UUID.class),
					rs.getString("territory"), "plans.territory." + rs.getString("territory"), rs.getInt("year"),
					rs.getString("reference"), rs.getString("title_fr"), rs.getString("title_nl"),
					"plans.actionStatus." + rs.getString("status")))
			.list();
	}

}

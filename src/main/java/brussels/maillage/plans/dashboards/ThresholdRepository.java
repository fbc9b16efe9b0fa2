package brussels.maillage.plans.dashboards;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code plans_dashboard_threshold}. */
@Repository
class ThresholdRepository {

	private final JdbcClient jdbc;

	ThresholdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The setting of {@code year}, else of the latest year before it. */
	Optional<Thresholds> applying(int year) {
		return this.jdbc.sql("""
				select reached_percent, close_percent, year from plans_dashboard_threshold
				where year <= ? order by year desc limit 1""")
			.param(year)
			.query((rs, row) -> new Thresholds(rs.getInt("reached_percent"), rs.getInt("close_percent"),
					rs.getInt("year")))
			.optional();
	}

	void save(int year, int reached, int close, Instant at, String by) {
		this.jdbc.sql("""
				insert into plans_dashboard_threshold (year, reached_percent, close_percent, changed_at, changed_by)
				values (?, ?, ?, ?, ?)
				on conflict (year) do update set reached_percent = excluded.reached_percent,
					close_percent = excluded.close_percent, changed_at = excluded.changed_at,
					changed_by = excluded.changed_by""").params(year, reached, close, Timestamp.from(at), by).update();
	}

}

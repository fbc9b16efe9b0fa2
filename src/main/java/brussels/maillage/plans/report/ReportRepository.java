package brussels.maillage.plans.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code plans_report}, {@code plans_report_status_change},
 * {@code plans_report_snapshot} and {@code plans_report_erratum}.
 */
@Repository
class ReportRepository {

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReportStatus> status(int year) {
		return this.jdbc.sql("select status from plans_report where year = ?")
			.param(year)
			.query((rs, row) -> ReportStatus.valueOf(rs.getString(1)))
			.optional();
	}

	/** The status of every year that has left the draft. */
	Map<Integer, ReportStatus> statuses() {
		Map<Integer, ReportStatus> statuses = new TreeMap<>();
		this.jdbc.sql("select year, status from plans_report")
			.query((rs, row) -> Map.entry(rs.getInt(1), ReportStatus.valueOf(rs.getString(2))))
			.list()
			.forEach((entry) -> statuses.put(entry.getKey(), entry.getValue()));
		return statuses;
	}

	/**
	 * Moves the report from {@code from} to {@code to}; false when it no longer stood at
	 * {@code from} (someone moved it meanwhile).
	 */
	boolean move(int year, ReportStatus from, ReportStatus to, Instant at, String by) {
		int changed;
		if (from == ReportStatus.DRAFT) {
			changed = this.jdbc.sql("""
					insert into plans_report (year, status, changed_at, changed_by) values (?, ?, ?, ?)
					on conflict (year) do nothing""").params(year, to.name(), Timestamp.from(at), by).update();
		}
		else {
			changed = this.jdbc
				.sql("update plans_report set status = ?, changed_at = ?, changed_by = ? where year = ? and status = ?")
				.params(to.name(), Timestamp.from(at), by, year, from.name())
				.update();
		}
		if (changed == 1) {
			this.jdbc.sql("""
					insert into plans_report_status_change (id, year, from_status, to_status, changed_at, changed_by)
					values (?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), year, from.name(), to.name(), Timestamp.from(at), by)
				.update();
		}
		return changed == 1;
	}

	List<Change> history(int year) {
		return this.jdbc.sql("""
				select from_status, to_status, changed_at, changed_by from plans_report_status_change
				where year = ? order by changed_at, to_status""")
			.param(year)
			.query((rs, row) -> new Change(ReportStatus.valueOf(rs.getString(1)), ReportStatus.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	void saveSnapshot(int year, String json, Instant at, String by) {
		this.jdbc.sql(
				"insert into plans_report_snapshot (year, content, taken_at, taken_by) values (?, cast(? as jsonb), ?, ?)")
			.params(year, json, Timestamp.from(at), by)
			.update();
	}

	Optional<Snapshot> snapshot(int year) {
		return this.jdbc.sql("select content::text, taken_at, taken_by from plans_report_snapshot where year = ?")
			.param(year)
			.query((rs, row) -> new Snapshot(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.optional();
	}

	void addErratum(Erratum erratum) {
		this.jdbc.sql("""
				insert into plans_report_erratum (id, year, value_key, old_value, new_value, reason, made_at, made_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(erratum.id(), erratum.year(), erratum.valueKey(), erratum.oldValue(), erratum.newValue(),
					erratum.reason(), Timestamp.from(erratum.madeAt()), erratum.madeBy())
			.update();
	}

	List<Erratum> errata(int year) {
		return this.jdbc.sql("""
				select id, year, value_key, old_value, new_value, reason, made_at, made_by from plans_report_erratum
				where year = ? order by made_at, id""")
			.param(year)
			.query((rs, row) -> new Erratum(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					strip(rs.getBigDecimal(4)), strip(rs.getBigDecimal(5)), rs.getString(6),
					rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.list();
	}

	private static BigDecimal strip(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	/**
	 * A step of the report's status.
	 *
	 * @param from the status before
	 * @param to the status after
	 * @param at when
	 * @param by who
	 */
	record Change(ReportStatus from, ReportStatus to, Instant at, String by) {
	}

	/**
	 * The report frozen at approval.
	 *
	 * @param json the generated content as JSON
	 * @param takenAt when it was approved
	 * @param takenBy who approved it
	 */
	record Snapshot(String json, Instant takenAt, String takenBy) {
	}

}

package brussels.maillage.helpdesk.monitoring;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts requests for the dashboard, the exports' totals and the API from the daily
 * aggregates; lists the requests themselves (coded fields only) for the exports. Whoever
 * changes a request's coded fields, themes, orientations or status calls
 * {@link #remove(long)} before the change and {@link #add(long)} after it, in the same
 * transaction, to keep the aggregates.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

	private final JdbcClient jdbc;

	private final StatisticsCube cube;

	private final StatisticsAggregateRepository aggregates;

	MonitoringService(JdbcClient jdbc, StatisticsCube cube, StatisticsAggregateRepository aggregates) {
		this.jdbc = jdbc;
		this.cube = cube;
		this.aggregates = aggregates;
	}

	/** Takes the request's current contribution out of the aggregates. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void remove(long requestId) {
		this.aggregates.remove(requestId);
	}

	/**
	 * Adds the request's current contribution to the aggregates (drafts count for
	 * nothing).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(long requestId) {
		this.aggregates.add(requestId);
	}

	/**
	 * Recounts the aggregates from the requests (after a bulk load, or to repair them);
	 * every instance reloads its copy on its next report.
	 */
	@Transactional
	public void rebuild() {
		this.aggregates.rebuild();
	}

	/**
	 * The figures of the dashboard and the API, from the daily aggregates (see
	 * {@link StatisticsAggregateRepository}).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public StatisticsReport report(StatisticsFilter filter) {
		return this.cube.report(filter, this::serviceNames);
	}

	/**
	 * The codes of every line, the regional line first, for the dashboard's filter (the
	 * lines are set by migrations).
	 */
	List<String> lineCodes() {
		return this.jdbc.sql("select code from helpdesk_line order by position, code").query(String.class).list();
	}

	private Map<UUID, String> serviceNames(List<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select service_id, name from helpdesk_stat_service where service_id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
				.list();
		}
		return names;
	}

	/** Anonymous rows of the requests that match, for the exports (no free text). */
	List<ExportRow> rows(StatisticsFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		return this.jdbc.sql("""
				select r.id, r.received_at, r.channel, r.line_code, r.bassin, r.commune_nis, r.profession,
					r.organisation_type, r.kind, r.status, r.unmet_need, r.minutes_spent,
					(select string_agg(t.theme_code, ' ' order by t.theme_code) from helpdesk_request_theme t
						where t.request_id = r.id) as themes,
					(select count(*) from helpdesk_orientation o where o.request_id = r.id) as orientations
				from helpdesk_request r
				""" + where + " order by r.received_at, r.id").params(params).query(ExportRow.class).list();
	}

	private static String where(StatisticsFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(
				"where r.status <> 'DRAFT' and r.received_at >= :from and r.received_at < :until");
		params.put("from", Timestamp.from(filter.from().atStartOfDay(HelpdeskService.TIME_ZONE).toInstant()));
		params.put("until",
				Timestamp.from(filter.to().plusDays(1).atStartOfDay(HelpdeskService.TIME_ZONE).toInstant()));
		if (StatisticsFilter.UNRECORDED.equals(filter.line())) {
			sql.append(" and r.line_code is null");
		}
		else if (filter.line() != null) {
			sql.append(" and r.line_code = :line");
			params.put("line", filter.line());
		}
		if (StatisticsReport.NONE.equals(filter.bassin())) {
			sql.append(" and r.bassin is null");
		}
		else if (filter.bassin() != null) {
			sql.append(" and r.bassin = :bassin");
			params.put("bassin", filter.bassin());
		}
		if (filter.channel() != null) {
			sql.append(" and r.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.profession() != null) {
			sql.append(" and r.profession = :profession");
			params.put("profession", filter.profession().name());
		}
		if (filter.kind() != null) {
			sql.append(" and r.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.theme() != null) {
			sql.append(" and exists (select 1 from helpdesk_request_theme ft where ft.request_id = r.id"
					+ " and ft.theme_code = :theme)");
			params.put("theme", filter.theme());
		}
		return sql.append('\n').toString();
	}

	/**
	 * One request in an export: coded fields only.
	 *
	 * @param id request id
	 * @param receivedAt when
	 * @param channel channel
	 * @param lineCode line
	 * @param bassin bassin of the situation
	 * @param communeNis commune of the situation
	 * @param profession caller's profession
	 * @param organisationType caller's organisation type
	 * @param kind kind
	 * @param status status
	 * @param unmetNeed whether it ended as an unmet need
	 * @param minutesSpent time spent
	 * @param themes theme codes, space separated
	 * @param orientations number of services proposed
	 */
	record ExportRow(long id, java.time.Instant receivedAt, String channel, String lineCode, String bassin,
			String communeNis, String profession, String organisationType, String kind, String status,
			boolean unmetNeed, Integer minutesSpent, String themes, long orientations) {
	}

}

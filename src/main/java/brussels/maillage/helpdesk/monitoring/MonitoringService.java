package brussels.maillage.helpdesk.monitoring;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.helpdesk.HelpdeskCounts;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts requests for other modules, the dashboard, the exports' totals and the API from
 * the daily aggregates the requests keep
 * ({@code requests.StatisticsAggregateRepository}); lists the requests themselves (coded
 * fields only) for the exports.
 */
@Service
@Transactional(readOnly = true)
class MonitoringService implements HelpdeskCounts {

	private final JdbcClient jdbc;

	private final StatisticsCube cube;

	MonitoringService(JdbcClient jdbc, StatisticsCube cube) {
		this.jdbc = jdbc;
		this.cube = cube;
	}

	/**
	 * The figures of the dashboard and the API, from the daily aggregates (see
	 * {@link StatisticsCube}).
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public StatisticsReport statistics(StatisticsFilter filter) {
		return this.cube.report(filter, this::serviceNames);
	}

	@Override
	public long orientations(int year, String bassin) {
		return this.jdbc.sql("""
				select count(*) from helpdesk_orientation o join helpdesk_request r on r.id = o.request_id
				where r.status <> 'DRAFT' and r.received_at >= :from and r.received_at < :to
					and (cast(:bassin as text) is null or r.bassin = :bassin)""")
			.param("from", startOf(LocalDate.of(year, 1, 1)))
			.param("to", startOf(LocalDate.of(year + 1, 1, 1)))
			.param("bassin", bassin)
			.query(Long.class)
			.single();
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
		params.put("from", startOf(filter.from()));
		params.put("until", startOf(filter.to().plusDays(1)));
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

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(HelpdeskService.TIME_ZONE).toInstant());
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

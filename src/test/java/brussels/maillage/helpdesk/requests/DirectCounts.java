package brussels.maillage.helpdesk.requests;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures counted directly over the requests, as the dashboard did before the daily
 * aggregates: the reference the aggregates are compared with.
 */
class DirectCounts {

	private final JdbcClient jdbc;

	DirectCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All services proposed (not only the ten most), with their counts. */
	Map<String, Long> allOrientations(StatisticsFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select o.service_id, count(*) as n from helpdesk_request r
				join helpdesk_orientation o on o.request_id = r.id
				""" + where + " group by o.service_id")
			.params(params)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	StatisticsReport report(StatisticsFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		List<StatisticsReport.Count> byChannel = new ArrayList<>();
		List<StatisticsReport.Count> byLine = new ArrayList<>();
		List<StatisticsReport.Count> byBassin = new ArrayList<>();
		List<StatisticsReport.Count> byKind = new ArrayList<>();
		List<StatisticsReport.Count> byProfession = new ArrayList<>();
		long[] totals = new long[3];
		this.jdbc
			.sql("""
					select grouping(r.channel) as g_channel, grouping(r.line_code) as g_line, grouping(r.bassin) as g_bassin,
						grouping(r.kind) as g_kind, grouping(r.profession) as g_profession,
						r.channel, r.line_code, r.bassin, r.kind, r.profession, count(*) as n,
						count(*) filter (where r.unmet_need) as unmet, coalesce(sum(r.minutes_spent), 0) as minutes
					from helpdesk_request r
					"""
					+ where
					+ """
							group by grouping sets ((r.channel), (r.line_code), (r.bassin), (r.kind), (r.profession), ())""")
			.params(params)
			.query((rs, n) -> {
				long count = rs.getLong("n");
				if (rs.getInt("g_channel") == 0) {
					byChannel.add(new StatisticsReport.Count(code(rs.getString("channel")), null, count));
				}
				else if (rs.getInt("g_line") == 0) {
					byLine.add(new StatisticsReport.Count(code(rs.getString("line_code")), null, count));
				}
				else if (rs.getInt("g_bassin") == 0) {
					byBassin.add(new StatisticsReport.Count(code(rs.getString("bassin")), null, count));
				}
				else if (rs.getInt("g_kind") == 0) {
					byKind.add(new StatisticsReport.Count(code(rs.getString("kind")), null, count));
				}
				else if (rs.getInt("g_profession") == 0) {
					byProfession.add(new StatisticsReport.Count(code(rs.getString("profession")), null, count));
				}
				else {
					totals[0] = count;
					totals[1] = rs.getLong("unmet");
					totals[2] = rs.getLong("minutes");
				}
				return null;
			})
			.list();
		List<StatisticsReport.Count> byTheme = this.jdbc.sql("""
				select t.theme_code, count(*) as n from helpdesk_request r
				join helpdesk_request_theme t on t.request_id = r.id
				""" + where + " group by t.theme_code order by n desc, t.theme_code")
			.params(params)
			.query((rs, n) -> new StatisticsReport.Count(rs.getString(1), null, rs.getLong(2)))
			.list();
		List<StatisticsReport.MonthCount> monthly = this.jdbc.sql("""
				select to_char(r.received_at at time zone 'Europe/Brussels', 'YYYY-MM') as month, count(*) as n
				from helpdesk_request r
				""" + where + " group by 1 order by 1")
			.params(params)
			.query((rs, n) -> new StatisticsReport.MonthCount(YearMonth.parse(rs.getString(1)), rs.getLong(2)))
			.list();
		List<StatisticsReport.Count> orientations = this.jdbc.sql("""
				select o.service_id, max(o.service_name) as name, count(*) as n from helpdesk_request r
				join helpdesk_orientation o on o.request_id = r.id
				""" + where + " group by o.service_id order by n desc, name limit 10")
			.params(params)
			.query((rs, n) -> new StatisticsReport.Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
		List<StatisticsReport.Cell> unmet = this.jdbc.sql("""
				select coalesce(t.theme_code, 'NONE'), coalesce(r.bassin, 'NONE'), count(*) as n from helpdesk_request r
				left join helpdesk_request_theme t on t.request_id = r.id
				""" + where + " and r.unmet_need group by 1, 2 order by 1, 2")
			.params(params)
			.query((rs, n) -> new StatisticsReport.Cell(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
		return new StatisticsReport(filter, totals[0], totals[1], totals[2], sorted(byChannel), sorted(byLine),
				sorted(byBassin), sorted(byKind), sorted(byProfession), byTheme, fill(filter, monthly), orientations,
				unmet);
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

	private static String code(String value) {
		return (value != null) ? value : StatisticsReport.NONE;
	}

	private static List<StatisticsReport.Count> sorted(List<StatisticsReport.Count> counts) {
		List<StatisticsReport.Count> sorted = new ArrayList<>(counts);
		sorted
			.sort((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count()) : a.key().compareTo(b.key()));
		return sorted;
	}

	/** Every month of the period, with 0 where nothing came in. */
	private static List<StatisticsReport.MonthCount> fill(StatisticsFilter filter,
			List<StatisticsReport.MonthCount> counted) {
		Map<YearMonth, Long> byMonth = new HashMap<>();
		counted.forEach((month) -> byMonth.put(month.month(), month.count()));
		List<StatisticsReport.MonthCount> months = new ArrayList<>();
		YearMonth last = YearMonth.from(filter.to());
		for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(last)
				&& months.size() < 240; month = month.plusMonths(1)) {
			months.add(new StatisticsReport.MonthCount(month, byMonth.getOrDefault(month, 0L)));
		}
		return months;
	}

}

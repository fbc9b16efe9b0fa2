package brussels.maillage.helpdesk.requests;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the daily aggregates of the requests ({@code helpdesk_stat_day},
 * {@code helpdesk_stat_orientation}, {@code helpdesk_stat_service}) that the monitoring
 * reads; their only writer. {@link RequestRepository}, which changes a request's coded
 * fields, themes, orientations or status, calls {@link #remove(long)} before the change
 * and {@link #add(long)} after it, in the same transaction; {@link #rebuild()} recounts
 * everything after bulk loads (tests and benchmarks).
 */
@Component
class StatisticsAggregateRepository {

	private static final String DIMENSIONS = """
			(r.received_at at time zone 'Europe/Brussels')::date, coalesce(r.line_code, 'NONE'),
			coalesce(r.bassin, 'NONE'), r.channel, coalesce(r.profession, 'NONE'), coalesce(r.kind, 'NONE'),
			coalesce((select string_agg(t.theme_code, ' ' order by t.theme_code) from helpdesk_request_theme t
				where t.request_id = r.id), '')""";

	private static final String KEY = "day, line_code, bassin, channel, profession, kind, themes";

	private final JdbcClient jdbc;

	StatisticsAggregateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the request's current contribution out of the aggregates. */
	@Transactional(propagation = Propagation.MANDATORY)
	void remove(long requestId) {
		apply(requestId, -1);
	}

	/**
	 * Adds the request's current contribution to the aggregates (drafts count for
	 * nothing).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(long requestId) {
		apply(requestId, 1);
		this.jdbc.sql("""
				insert into helpdesk_stat_service (service_id, name)
				select service_id, service_name from helpdesk_orientation where request_id = ?
				on conflict (service_id) do update set name = greatest(helpdesk_stat_service.name, excluded.name)""")
			.param(requestId)
			.update();
	}

	private void apply(long requestId, int sign) {
		lock();
		this.jdbc.sql("select id from helpdesk_request where id = ? for update").param(requestId).query().listOfRows();
		this.jdbc
			.sql("insert into helpdesk_stat_day as a (" + KEY + ", requests, unmet, minutes) select " + DIMENSIONS + """
					, :sign, case when r.unmet_need then :sign else 0 end, :sign * coalesce(r.minutes_spent, 0)
					from helpdesk_request r where r.id = :id and r.status <> 'DRAFT'
					on conflict (""" + KEY + """
					) do update set requests = a.requests + excluded.requests, unmet = a.unmet + excluded.unmet,
						minutes = a.minutes + excluded.minutes, change = nextval('helpdesk_stat_change_seq')""")
			.param("sign", sign)
			.param("id", requestId)
			.update();
		this.jdbc
			.sql("insert into helpdesk_stat_orientation as a (" + KEY + ", service_id, requests) select " + DIMENSIONS
					+ """
							, o.service_id, :sign
							from helpdesk_request r join helpdesk_orientation o on o.request_id = r.id
							where r.id = :id and r.status <> 'DRAFT'
							on conflict (""" + KEY + """
							, service_id) do update set requests = a.requests + excluded.requests,
								change = nextval('helpdesk_stat_change_seq')""")
			.param("sign", sign)
			.param("id", requestId)
			.update();
	}

	/**
	 * Recounts the aggregates from the requests (after a bulk load, or to repair them);
	 * every instance reloads its copy on its next report.
	 */
	@Transactional
	void rebuild() {
		lock();
		this.jdbc.sql("update helpdesk_stat_state set generation = generation + 1 where id = 1").update();
		this.jdbc.sql("truncate helpdesk_stat_day, helpdesk_stat_orientation, helpdesk_stat_service").update();
		this.jdbc
			.sql("""
					insert into helpdesk_stat_day (day, line_code, bassin, channel, profession, kind, themes, requests, unmet,
						minutes)
					select (r.received_at at time zone 'Europe/Brussels')::date, coalesce(r.line_code, 'NONE'),
						coalesce(r.bassin, 'NONE'), r.channel, coalesce(r.profession, 'NONE'), coalesce(r.kind, 'NONE'),
						coalesce(t.themes, ''), count(*), count(*) filter (where r.unmet_need),
						coalesce(sum(r.minutes_spent), 0)
					from helpdesk_request r
					left join (select request_id, string_agg(theme_code, ' ' order by theme_code) as themes
						from helpdesk_request_theme group by request_id) t on t.request_id = r.id
					where r.status <> 'DRAFT'
					group by 1, 2, 3, 4, 5, 6, 7
					order by 1""")
			.update();
		this.jdbc.sql("""
				insert into helpdesk_stat_orientation (day, line_code, bassin, channel, profession, kind, themes,
					service_id, requests)
				select (r.received_at at time zone 'Europe/Brussels')::date, coalesce(r.line_code, 'NONE'),
					coalesce(r.bassin, 'NONE'), r.channel, coalesce(r.profession, 'NONE'), coalesce(r.kind, 'NONE'),
					coalesce(t.themes, ''), o.service_id, count(*)
				from helpdesk_request r
				join helpdesk_orientation o on o.request_id = r.id
				left join (select request_id, string_agg(theme_code, ' ' order by theme_code) as themes
					from helpdesk_request_theme group by request_id) t on t.request_id = r.id
				where r.status <> 'DRAFT'
				group by 1, 2, 3, 4, 5, 6, 7, 8
				order by 1""").update();
		this.jdbc.sql("""
				insert into helpdesk_stat_service (service_id, name)
				select service_id, max(service_name) from helpdesk_orientation group by service_id""").update();
		this.jdbc.sql("analyze helpdesk_stat_day").update();
		this.jdbc.sql("analyze helpdesk_stat_orientation").update();
	}

	/**
	 * Writers of the aggregates go one at a time, so that change numbers follow the order
	 * of commits and a reader that has seen change n has seen every change before.
	 */
	private void lock() {
		this.jdbc.sql("select generation from helpdesk_stat_state where id = 1 for update").query().listOfRows();
	}

}

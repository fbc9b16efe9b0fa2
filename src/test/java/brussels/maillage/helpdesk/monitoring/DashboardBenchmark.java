package brussels.maillage.helpdesk.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskCounts;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;
import brussels.maillage.helpdesk.requests.Aggregates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates 1,000,000 requests over ten years (2010-2019, with themes and orientations),
 * rebuilds the daily aggregates, and times the dashboard's statistics for a mix of
 * periods and filters; prints p50, p95 and the maximum. Excluded from the normal build;
 * run it with {@code ./mvnw test -Dtest=DashboardBenchmark -Dtest.excludedGroups=none}
 * ({@code -Dhelpdesk.benchmark.requests=100000} for a smaller run).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBenchmark {

	static final int REQUESTS = Integer.getInteger("helpdesk.benchmark.requests", 1_000_000);

	static final int QUERIES = 200;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HelpdeskCounts helpdesk;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void removeGenerated() {
		this.jdbc.sql("delete from helpdesk_request where respondent = 'benchmark'").update();
		Aggregates.rebuild(this.context);
	}

	@Test
	void everyDashboardViewAnswersWithin300MillisecondsAtTheNinetyFifthPercentile() {
		long start = System.nanoTime();
		generate();
		System.out.printf("helpdesk benchmark: %,d requests generated in %.1f s%n", REQUESTS,
				(System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		Aggregates.rebuild(this.context);
		System.out.printf("helpdesk benchmark: aggregates rebuilt in %.1f s (%,d day rows, %,d orientation rows)%n",
				(System.nanoTime() - start) / 1e9,
				this.jdbc.sql("select count(*) from helpdesk_stat_day").query(Long.class).single(),
				this.jdbc.sql("select count(*) from helpdesk_stat_orientation").query(Long.class).single());
		start = System.nanoTime();
		this.helpdesk.statistics(StatisticsFilter.year(2015));
		System.out.printf("helpdesk benchmark: first report (loads this instance's copy) in %.1f s%n",
				(System.nanoTime() - start) / 1e9);
		Random random = new Random(2026);
		List<String> themes = this.jdbc.sql("select code from taxonomy_term where parent_id is null")
			.query(String.class)
			.list();
		for (int i = 0; i < 10; i++) {
			this.helpdesk.statistics(filter(random, themes));
		}
		List<Double> times = new ArrayList<>();
		List<Double> yearTimes = new ArrayList<>();
		for (int i = 0; i < QUERIES; i++) {
			StatisticsFilter filter = filter(random, themes);
			long t = System.nanoTime();
			StatisticsReport report = this.helpdesk.statistics(filter);
			double ms = (System.nanoTime() - t) / 1e6;
			times.add(ms);
			if (!filter.to().isAfter(filter.from().plusYears(1))) {
				yearTimes.add(ms);
			}
			assertThat(report.total()).isNotNegative();
		}
		System.out.printf("helpdesk benchmark, all views (n=%d): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", times.size(),
				percentile(times, 50), percentile(times, 95), percentile(times, 100));
		System.out.printf("helpdesk benchmark, periods up to one year (n=%d): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
				yearTimes.size(), percentile(yearTimes, 50), percentile(yearTimes, 95), percentile(yearTimes, 100));
		assertThat(percentile(times, 95)).as("p95 of the dashboard views, ms").isLessThan(300);
	}

	private void generate() {
		this.jdbc
			.sql("""
					insert into helpdesk_request (received_at, channel, line_code, profession, organisation_type, bassin,
						kind, unmet_need, status, respondent, minutes_spent)
					select timestamptz '2010-01-01 09:00+01' + floor(random() * 3652) * interval '1 day'
							+ random() * interval '8 hours',
						(array['PHONE','PHONE','PHONE','PHONE','EMAIL','ON_SITE'])[1 + floor(random() * 6)::int],
						(array['REGION','REGION','REGION','NORD','NORD_EST','SUD','SUD_EST','CENTRE_OUEST',null])[1 + floor(random() * 9)::int],
						(array['GP','NURSE','SOCIAL_WORKER','HOME_HELP','MENTAL_HEALTH','PHARMACIST','OTHER',null])[1 + floor(random() * 8)::int],
						(array['MEDICAL_HOUSE','HOME_CARE','CPAS','HOSPITAL','OTHER'])[1 + floor(random() * 5)::int],
						(array['NORD','NORD_EST','SUD','SUD_EST','CENTRE_OUEST',null])[1 + floor(random() * 6)::int],
						case when random() < 0.12 then 'COMPLEX' else 'INFORMATION' end,
						random() < 0.06, 'CLOSED', 'benchmark', 3 + floor(random() * 30)::int
					from generate_series(1, :n)""")
			.param("n", REQUESTS)
			.update();
		this.jdbc.sql("""
				insert into helpdesk_request_theme (request_id, theme_code)
				select r.id, t.codes[1 + (r.id * 7919 % array_length(t.codes, 1))]
				from helpdesk_request r,
					(select array_agg(code order by code) as codes from taxonomy_term where parent_id is null) t
				where r.respondent = 'benchmark'
				on conflict do nothing""").update();
		this.jdbc.sql("""
				insert into helpdesk_orientation (request_id, service_id, service_name)
				select r.id, s.ids[1 + (r.id * 104729 % array_length(s.ids, 1))], 'service'
				from helpdesk_request r, (select array_agg(id order by id) as ids from service) s
				where r.respondent = 'benchmark' and not r.unmet_need and r.id % 5 <> 0
				on conflict do nothing""").update();
		this.jdbc.sql("analyze helpdesk_request").update();
		this.jdbc.sql("analyze helpdesk_request_theme").update();
		this.jdbc.sql("analyze helpdesk_orientation").update();
	}

	private static StatisticsFilter filter(Random random, List<String> themes) {
		LocalDate from = LocalDate.of(2010 + random.nextInt(10), 1 + random.nextInt(12), 1);
		LocalDate to = switch (random.nextInt(4)) {
			case 0 -> from.plusMonths(1).minusDays(1);
			case 1, 2 -> from.plusYears(1).minusDays(1);
			default -> LocalDate.of(2019, 12, 31);
		};
		if (to.isBefore(from)) {
			to = from;
		}
		String[] lines = { "REGION", "NORD", "SUD", StatisticsFilter.UNRECORDED };
		return new StatisticsFilter(from, to, pick(random, lines),
				pick(random, StatisticsFilter.BASSINS.toArray(String[]::new)), pick(random, Channel.values()),
				pick(random, Profession.values()),
				(random.nextInt(4) == 0) ? themes.get(random.nextInt(themes.size())) : null,
				pick(random, RequestKind.values()));
	}

	private static <T> T pick(Random random, T[] values) {
		return (random.nextInt(4) == 0) ? values[random.nextInt(values.length)] : null;
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
	}

}

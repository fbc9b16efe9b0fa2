package brussels.maillage.plans.report;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import brussels.maillage.helpdesk.requests.Aggregates;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Action;
import brussels.maillage.plans.plan.ActionDraft;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlannedAction;
import brussels.maillage.plans.plan.PlansService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copies the demo's 2024 plans to a year of its own (2003), adds 1,000,000 helpdesk
 * requests and 100,000 event registrations to that year with COPY, and times generating
 * the three annexes of that year; prints the first, median and slowest of 7 runs.
 * Excluded from the normal build; run it with
 * {@code ./mvnw test -Dtest=ReportBenchmark -Dtest.excludedGroups=none}
 * ({@code -Dreport.benchmark.requests=100000} for a smaller run).
 */
@Tag("benchmark")
@SpringBootTest
class ReportBenchmark {

	static final int YEAR = 2003;

	static final int REQUESTS = Integer.getInteger("report.benchmark.requests", 1_000_000);

	static final int REGISTRATIONS = Integer.getInteger("report.benchmark.registrations", 100_000);

	static final int EVENTS = 100;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlansService plans;

	@Autowired
	ReportGenerator generator;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void removeGenerated() {
		this.jdbc.sql("delete from helpdesk_request where respondent = 'report-benchmark'").update();
		Aggregates.rebuild(this.context);
		this.jdbc.sql("delete from event where organiser_team = 'REGION' and id in "
				+ "(select event_id from event_session where starts_at >= '2003-01-01' and starts_at < '2004-01-01')")
			.update();
		this.jdbc.sql("delete from plans_plan where year = ?").param(YEAR).update();
	}

	@Test
	void generatingTheThreeAnnexesOfAYearWithAMillionRequestsAndAHundredThousandRegistrations() throws Exception {
		for (TerritoryScope territory : Plan.TERRITORIES) {
			Plan demo = this.plans.plan(territory, 2024).orElseThrow();
			List<PlannedAction> planned = new ArrayList<>();
			for (Action action : this.plans.actions(demo.id())) {
				planned.add(new PlannedAction(ActionDraft.of(action), action.deliverables(), action.milestones()));
			}
			this.plans.replaceActions(territory, YEAR, planned, "report-benchmark");
		}
		long start = System.nanoTime();
		copyRequests();
		System.out.printf("report benchmark: %,d helpdesk requests copied in %.1f s%n", REQUESTS,
				(System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		Aggregates.rebuild(this.context);
		System.out.printf("report benchmark: helpdesk aggregates rebuilt in %.1f s%n",
				(System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		copyRegistrations();
		System.out.printf("report benchmark: %,d registrations to %d events copied in %.1f s%n", REGISTRATIONS, EVENTS,
				(System.nanoTime() - start) / 1e9);
		this.jdbc.sql("analyze").update();

		List<Double> times = new ArrayList<>();
		ReportContent content = null;
		for (int run = 0; run < 7; run++) {
			long t = System.nanoTime();
			content = this.generator.generate(YEAR);
			times.add((System.nanoTime() - t) / 1e6);
		}
		double first = times.get(0);
		Collections.sort(times);
		System.out.printf(
				"report benchmark: the three annexes of %d (%d values) generated in %.0f ms the first time; "
						+ "over 7 runs median %.0f ms, slowest %.0f ms; %d cores, load average %s%n",
				YEAR, content.values().size(), first, times.get(3), times.get(6),
				Runtime.getRuntime().availableProcessors(), loadAverage());
		ReportContent.Value helpdesk = content.values()
			.stream()
			.filter((value) -> value.annex() == 2 && "helpdesk.requests".equals(value.metric())
					&& value.detail() == null)
			.findFirst()
			.orElseThrow();
		assertThat(helpdesk.actual()).isEqualByComparingTo(Integer.toString(REQUESTS));
	}

	private void copyRequests() throws SQLException, IOException {
		StringBuilder csv = new StringBuilder();
		String[] channels = { "PHONE", "PHONE", "PHONE", "PHONE", "EMAIL", "ON_SITE" };
		String[] lines = { "REGION", "REGION", "REGION", "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST", "" };
		String[] bassins = { "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST", "" };
		java.util.Random random = new java.util.Random(2003);
		try (Connection connection = this.dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			String sql = "copy helpdesk_request (received_at, channel, line_code, profession, organisation_type, "
					+ "bassin, kind, unmet_need, status, respondent, minutes_spent) from stdin with (format csv)";
			for (int i = 1; i <= REQUESTS; i++) {
				java.time.LocalDateTime at = java.time.LocalDateTime.of(YEAR, 1, 1, 9, 0)
					.plusDays(random.nextInt(365))
					.plusMinutes(random.nextInt(480));
				csv.append(at)
					.append("+01,")
					.append(channels[random.nextInt(channels.length)])
					.append(',')
					.append(lines[random.nextInt(lines.length)])
					.append(",GP,MEDICAL_HOUSE,")
					.append(bassins[random.nextInt(bassins.length)])
					.append(',')
					.append((random.nextInt(8) == 0) ? "COMPLEX" : "INFORMATION")
					.append(',')
					.append(random.nextInt(16) == 0)
					.append(",CLOSED,report-benchmark,")
					.append(3 + random.nextInt(30))
					.append('\n');
				if (i % 100_000 == 0 || i == REQUESTS) {
					try (Reader reader = new StringReader(csv.toString())) {
						copy.copyIn(sql, reader);
					}
					csv.setLength(0);
				}
			}
		}
	}

	private void copyRegistrations() throws SQLException, IOException {
		List<UUID> events = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			UUID id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into event (id, kind, title, description, language, territory, organiser_team, capacity,
						status)
					values (?, ?, '{"fr": "Séance du banc d''essai"}', '{"fr": "Banc d''essai du rapport annuel"}',
						'fr', ?, 'REGION', 100000, 'PUBLISHED')""")
				.params(id, (i % 4 == 0) ? "WEBINAR" : "INFO_SESSION",
						List.of("REGION", "NORD", "SUD", "SUD_EST", "NORD_EST", "CENTRE_OUEST").get(i % 6))
				.update();
			this.jdbc.sql("""
					insert into event_session (id, event_id, position, starts_at, ends_at)
					values (?, ?, 1, ?::timestamptz, ?::timestamptz)""")
				.params(UUID.randomUUID(), id, YEAR + "-03-10 09:00+01", YEAR + "-03-10 12:00+01")
				.update();
			events.add(id);
		}
		StringBuilder csv = new StringBuilder();
		for (int i = 0; i < REGISTRATIONS; i++) {
			csv.append(UUID.randomUUID())
				.append(',')
				.append(events.get(i % EVENTS))
				.append(",person")
				.append(i)
				.append("@benchmark.example,Person ")
				.append(i)
				.append(",fr,CONFIRMED,report-benchmark-")
				.append(i)
				.append(',')
				.append(YEAR)
				.append("-02-01 10:00+01\n");
		}
		try (Connection connection = this.dataSource.getConnection();
				Reader reader = new StringReader(csv.toString())) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy event_registration (id, event_id, email, name, language, status, token, consented_at) "
						+ "from stdin with (format csv)", reader);
		}
	}

	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}

package brussels.maillage.plans.dashboards;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the dashboards over the demo data as a coordinator opens them over HTTP (the 5
 * councils of the bassins, the regional council and the palliative platform, for 2024, in
 * French and Dutch), after a warm-up; prints p50, p95 and the maximum. The target is a
 * p95 under 300 ms. Excluded from the normal build; run it with
 * {@code ./mvnw test -Dtest=DashboardsBenchmark -Dtest.excludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardsBenchmark {

	static final int REQUESTS = Integer.getInteger("plans.benchmark.requests", 140);

	private static final List<String> TERRITORIES = List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST",
			"REGION", "PALLIATIVE");

	@LocalServerPort
	int port;

	@Test
	void aDashboardAnswersOverTheDemo() {
		WebSession coordinator = new WebSession(this.port);
		coordinator.login("coordination@demo.maillage.brussels", DashboardWebTests.PASSWORD);
		for (int i = 0; i < 14; i++) {
			open(coordinator, i);
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			long start = System.nanoTime();
			open(coordinator, i);
			times.add((System.nanoTime() - start) / 1e6);
		}
		System.out.printf("dashboards benchmark (n=%d): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", times.size(),
				percentile(times, 50), percentile(times, 95), percentile(times, 100));
	}

	private static void open(WebSession session, int i) {
		String territory = TERRITORIES.get(i % TERRITORIES.size());
		String language = (i / TERRITORIES.size() % 2 == 0) ? "fr" : "nl";
		HttpResponse<String> page = session.get("/staff/plans/dashboards/" + territory + "?year=2024&lang=" + language);
		assertThat(page.statusCode()).isEqualTo(200);
	}

	private static double percentile(List<Double> values, int percentile) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
	}

}

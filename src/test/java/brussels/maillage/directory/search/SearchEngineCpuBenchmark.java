package brussels.maillage.directory.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.demo.SyntheticDirectory;
import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.services.DirectoryStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPU of the search engine alone per search (issue 17): the same mix of searches as
 * {@link DirectorySearchBenchmark} (words, acronyms, names, typos, browsing; no place, a
 * postcode, a commune or a bassin; some with a theme), each read as the application reads
 * it ({@link ServiceSearch#prepare}), then run by the engine on one thread, timed with
 * the thread's CPU clock ({@link ThreadMXBean}), which other processes on a shared
 * machine do not move the way they move wall-clock times. Run as the API runs it (no
 * counts per theme) and as the search page runs it (with them). Every search is
 * different, none repeated. The ids of each search's page are written beside the figures,
 * so that two versions of the engine can be compared for the same results.
 * <p>
 * Excluded from the normal build:
 * {@code ./mvnw test -Dtest=SearchEngineCpuBenchmark -Dtest.excludedGroups=none -DenableAssertions=false
 * -Dbenchmark.directory.sizes=100000 -Dbenchmark.directory.keep=true -Dmaillage.data-dir=...
 * -Dmaillage.database.ephemeral=false}; {@code -Dbenchmark.engine.label=...} names the
 * files of results ({@code target/benchmarks/engine-results-<label>.txt}).
 */
@Tag("benchmark")
@SpringBootTest
class SearchEngineCpuBenchmark {

	private static final int SEARCHES = Integer.getInteger("benchmark.engine.searches", 2000);

	private static final int WARMUP = Integer.getInteger("benchmark.engine.warmup", 2000);

	private static final String LABEL = System.getProperty("benchmark.engine.label", "run");

	private static final Path REPORT = Path.of("target", "benchmarks", "engine-cpu.md");

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryStore store;

	@Autowired
	DirectoryService directory;

	@Autowired
	ServiceSearch search;

	@Autowired
	PlaceResolver places;

	/** One search: what the person asked, its kind. */
	record Asked(String kind, SearchQuery query) {
	}

	@Test
	void cpuPerSearch() throws Exception {
		int size = Integer.parseInt(System.getProperty("benchmark.directory.sizes", "100000").split(",")[0].strip());
		DirectoryBulkLoad load = new DirectoryBulkLoad(this.dataSource, this.store);
		long present = this.directory.countServices();
		if (present < size) {
			load.load(5_000_000L, (int) (size - present), 2);
		}
		this.search.refresh();
		StringBuilder report = new StringBuilder("\n## %s, %,d services, %s, load average %s\n\n".formatted(LABEL,
				this.search.size(), Instant.now(), Files.readString(Path.of("/proc/loadavg")).strip()));
		Random random = new Random(17);
		List<Asked> warm = asked(random, WARMUP);
		List<Asked> measured = asked(random, SEARCHES);
		StringBuilder results = new StringBuilder();
		for (boolean facets : List.of(false, true)) {
			run(warm, facets, null);
			double[] cpu = run(measured, facets, results);
			report.append("- %s: CPU per search mean %.2f ms, p50 %.2f, p95 %.2f, p99 %.2f (%d searches)\n".formatted(
					facets ? "search page (counts per theme)" : "API (no counts per theme)",
					Arrays.stream(cpu).average().orElse(0), pct(cpu, 50), pct(cpu, 95), pct(cpu, 99), cpu.length));
			for (String kind : List.of("fr", "nl", "name", "typo", "browse")) {
				double[] of = new double[cpu.length];
				int n = 0;
				for (int i = 0; i < cpu.length; i++) {
					if (measured.get(i).kind().equals(kind)) {
						of[n++] = cpu[i];
					}
				}
				double[] some = Arrays.copyOf(of, n);
				report.append("  - %s (%d): mean %.2f, p95 %.2f\n".formatted(kind, n,
						Arrays.stream(some).average().orElse(0), pct(some, 95)));
			}
		}
		System.out.println(report);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		Files.writeString(REPORT.resolveSibling("engine-results-" + LABEL + ".txt"), results);
	}

	/** Runs each search on this thread; its CPU in ms. */
	private double[] run(List<Asked> asked, boolean facets, StringBuilder results) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] cpu = new double[asked.size()];
		for (int i = 0; i < asked.size(); i++) {
			SearchRequest request = this.search.prepare(asked.get(i).query(), facets).request();
			long before = threads.getCurrentThreadCpuTime();
			SearchAnswer answer = this.search.engine().search(request);
			cpu[i] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
			assertThat(answer).isNotNull();
			if (results != null) {
				results.append(facets ? "page " : "api  ")
					.append(asked.get(i).query().text())
					.append(" | ")
					.append(answer.total())
					.append(answer.totalCapped() ? "+" : "")
					.append(" | ")
					.append(answer.hits().stream().map((hit) -> hit.id().toString().substring(0, 8)).toList())
					.append(facets ? " | " + new java.util.TreeMap<>(answer.themes()) : "")
					.append('\n');
			}
		}
		return cpu;
	}

	private static double pct(double[] values, double p) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.clamp((int) Math.ceil(p / 100 * sorted.length) - 1, 0, sorted.length - 1)];
	}

	/** The benchmark's mix of searches (its word lists and shares). */
	private List<Asked> asked(Random random, int count) {
		List<SyntheticDirectory.Commune> communes = SyntheticDirectory.communes();
		List<Asked> asked = new ArrayList<>();
		while (asked.size() < count) {
			int roll = random.nextInt(100);
			String kind = (roll < 38) ? "fr"
					: (roll < 66) ? "nl" : (roll < 74) ? "name" : (roll < 90) ? "typo" : "browse";
			String text = switch (kind) {
				case "fr" -> pick(random, DirectorySearchBenchmark.FRENCH);
				case "nl" -> pick(random, DirectorySearchBenchmark.DUTCH);
				case "name" -> pick(random, DirectorySearchBenchmark.NAMES);
				case "typo" -> pick(random, DirectorySearchBenchmark.TYPOS);
				default -> null;
			};
			int where = random.nextInt(100);
			SyntheticDirectory.Commune commune = pick(random, communes);
			Place place = (where < 35) ? Place.NOWHERE
					: (where < 60) ? this.places.resolve(commune.postcode(), null, null, null, null)
							: (where < 80) ? this.places.resolve(null, commune.nis(), null, null, null) : this.places
								.resolve(null, null, pick(random, DirectorySearchBenchmark.BASSINS), null, null);
			String theme = (kind.equals("browse") || random.nextInt(100) < 15)
					? pick(random, DirectorySearchBenchmark.THEMES) : null;
			int page = (random.nextInt(100) < 10) ? 1 : 0;
			asked.add(new Asked(kind, new SearchQuery(text, theme, null, false, null, place, null, null, page, 20)));
		}
		return asked;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}

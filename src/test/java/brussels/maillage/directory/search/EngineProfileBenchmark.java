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
import brussels.maillage.directory.search.engine.LuceneSearchEngine;
import brussels.maillage.directory.services.DirectoryStore;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the engine's CPU goes (issue 17): the mix of {@link SearchEngineCpuBenchmark}
 * (the same generator and seed, so the same searches), run by the engine alone on one
 * thread, with a Java Flight Recorder profile of the measured searches
 * ({@code -Dbenchmark.engine.jfr=true}, written to
 * {@code target/benchmarks/engine-<label>.jfr}; read it with
 * {@code jfr print --events jdk.ExecutionSample}). With
 * {@code -Dbenchmark.engine.compare=true}, every search is run both ways that
 * {@link LuceneSearchEngine#variant} selects, in turn (which goes first alternates), so
 * that both meet the same load on a shared machine; their answers must be equal.
 * <p>
 * Excluded from the normal build:
 * {@code ./mvnw test -Dtest=EngineProfileBenchmark -Dtest.excludedGroups=none -DenableAssertions=false
 * -Dbenchmark.directory.sizes=100000 -Dbenchmark.directory.keep=true -Dmaillage.data-dir=...
 * -Dmaillage.database.ephemeral=false}.
 */
@Tag("benchmark")
@SpringBootTest
class EngineProfileBenchmark {

	private static final int SEARCHES = Integer.getInteger("benchmark.engine.searches", 2000);

	private static final int WARMUP = Integer.getInteger("benchmark.engine.warmup", 2000);

	private static final String LABEL = System.getProperty("benchmark.engine.label", "profile");

	private static final boolean JFR = Boolean.getBoolean("benchmark.engine.jfr");

	/**
	 * A file to record the requests and the thesaurus in, for
	 * {@link EngineReplayBenchmark}.
	 */
	private static final String RECORD = System.getProperty("benchmark.engine.record");

	private static final Path REPORT = Path.of("target", "benchmarks", "engine-cpu.md");

	private static final List<String> KINDS = List.of("fr", "nl", "name", "typo", "browse");

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

	record Asked(String kind, SearchQuery query) {
	}

	@Test
	void cpuPerSearch() throws Exception {
		int size = Integer.parseInt(System.getProperty("benchmark.directory.sizes", "100000").split(",")[0].strip());
		long present = this.directory.countServices();
		if (present < size) {
			new DirectoryBulkLoad(this.dataSource, this.store).load(5_000_000L, (int) (size - present), 2);
		}
		this.search.refresh();
		StringBuilder report = new StringBuilder("\n## %s, %,d services, %s, load average %s\n\n".formatted(LABEL,
				this.search.size(), Instant.now(), Files.readString(Path.of("/proc/loadavg")).strip()));
		Random random = new Random(17);
		List<Asked> warm = asked(random, WARMUP);
		List<Asked> measured = asked(random, SEARCHES);
		if (RECORD != null) {
			record(warm, measured);
			return;
		}
		Recording recording = null;
		for (boolean facets : List.of(false, true)) {
			run(warm, facets);
			if (JFR && recording == null) {
				recording = new Recording(Configuration.getConfiguration("profile"));
				recording.setToDisk(true);
				recording.start();
			}
			double[] cpu = run(measured, facets);
			report.append(
					summary(facets ? "search page (counts per theme)" : "API (no counts per theme)", cpu, measured));
		}
		if (recording != null) {
			recording.stop();
			Path file = REPORT.resolveSibling("engine-" + LABEL + ".jfr");
			// The folder may not exist yet in a fresh clone.
			Files.createDirectories(file.getParent());
			recording.dump(file);
			recording.close();
			report.append("\nProfile: ").append(file).append('\n');
		}
		System.out.println(report);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private void record(List<Asked> warm, List<Asked> measured) throws java.io.IOException {
		List<RecordedSearches.Search> searches = new ArrayList<>();
		for (boolean facets : List.of(false, true)) {
			for (Asked asked : warm) {
				searches.add(new RecordedSearches.Search("warm:" + asked.kind(),
						this.search.prepare(asked.query(), facets).request()));
			}
			for (Asked asked : measured) {
				searches.add(new RecordedSearches.Search(asked.kind(),
						this.search.prepare(asked.query(), facets).request()));
			}
		}
		List<List<String>> thesaurus = org.springframework.jdbc.core.simple.JdbcClient.create(this.dataSource)
			.sql("select terms from search_synonym order by id")
			.query((rs, row) -> List.of((String[]) rs.getArray("terms").getArray()))
			.list();
		RecordedSearches.write(Path.of(RECORD), searches, thesaurus);
	}

	private static String summary(String what, double[] cpu, List<Asked> measured) {
		StringBuilder out = new StringBuilder(
				"- %s: CPU per search mean %.2f ms, p50 %.2f, p95 %.2f, p99 %.2f (%d)\n".formatted(what,
						Arrays.stream(cpu).average().orElse(0), pct(cpu, 50), pct(cpu, 95), pct(cpu, 99), cpu.length));
		for (String kind : KINDS) {
			double[] of = new double[cpu.length];
			int n = 0;
			for (int i = 0; i < cpu.length; i++) {
				if (measured.get(i).kind().equals(kind)) {
					of[n++] = cpu[i];
				}
			}
			double[] some = Arrays.copyOf(of, n);
			out.append("  - %s (%d): mean %.2f, p95 %.2f\n".formatted(kind, n, Arrays.stream(some).average().orElse(0),
					pct(some, 95)));
		}
		return out.toString();
	}

	/** Runs each search on this thread; its CPU in ms. */
	private double[] run(List<Asked> asked, boolean facets) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] cpu = new double[asked.size()];
		for (int i = 0; i < asked.size(); i++) {
			SearchRequest request = this.search.prepare(asked.get(i).query(), facets).request();
			long before = threads.getCurrentThreadCpuTime();
			SearchAnswer answer = this.search.engine().search(request);
			cpu[i] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
			assertThat(answer).isNotNull();
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

	/** The mix of {@link SearchEngineCpuBenchmark}, drawn the same way. */
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

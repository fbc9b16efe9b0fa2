package brussels.maillage.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.engine.LuceneSearchEngine;
import jdk.jfr.Configuration;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPU of the engine alone per search (issue 17), replaying the requests that
 * {@link EngineProfileBenchmark} recorded ({@code -Dbenchmark.engine.record=<file>}) on a
 * copy of that run's index folder, without the application or its database: quick to run
 * again after a change of the engine. Each search runs on this thread, timed with its CPU
 * clock ({@code -Dbenchmark.engine.rounds=n}: n times, the least counting); everything
 * each answer says is written to {@code target/benchmarks/engine-answers-<label>.txt}, so
 * that two versions of the engine can be compared with {@code diff};
 * {@code -Dbenchmark.engine.jfr=true} records a profile of the measured searches;
 * {@code -Dbenchmark.engine.cold=true} makes an edit before each measured search (one
 * document added and deleted: a new index reader, the answers unchanged), so that each
 * search finds only what is kept per segment, as the first search after an edit does.
 * <p>
 * Excluded from the normal build:
 * {@code ./mvnw test -Dtest=EngineReplayBenchmark -Dtest.excludedGroups=none -DenableAssertions=false
 * -Dbenchmark.engine.index=<data folder>/search-index -Dbenchmark.engine.requests=<file>}.
 */
@Tag("benchmark")
class EngineReplayBenchmark {

	private static final String LABEL = System.getProperty("benchmark.engine.label", "replay");

	private static final Path REPORT = Path.of("target", "benchmarks", "engine-cpu.md");

	private static final List<String> KINDS = List.of("fr", "nl", "name", "typo", "browse");

	private static final boolean COLD = Boolean.getBoolean("benchmark.engine.cold");

	@Test
	void cpuPerSearch() throws Exception {
		Path index = Path.of(System.getProperty("benchmark.engine.index"));
		RecordedSearches.Recorded recorded = RecordedSearches
			.read(Path.of(System.getProperty("benchmark.engine.requests")));
		int rounds = Integer.getInteger("benchmark.engine.rounds", 1);
		Path copy = Files.createTempDirectory("engine-replay");
		copyFolder(index, copy);
		LuceneSearchEngine engine = new LuceneSearchEngine(copy);
		try {
			assertThat(engine.storage()).isEqualTo(copy.toString());
			assertThat(engine.kept()).as("the index folder holds an index of this layout").isNotEmpty();
			engine.thesaurus(recorded.thesaurus());
			StringBuilder report = new StringBuilder("\n## %s%s, %,d services (replay), %s, load average %s\n\n"
				.formatted(LABEL, COLD ? " (cold: an edit before each search)" : "", engine.size(), Instant.now(),
						Files.readString(Path.of("/proc/loadavg")).strip()));
			Recording recording = null;
			StringBuilder answers = new StringBuilder();
			for (boolean facets : List.of(false, true)) {
				List<RecordedSearches.Search> warm = recorded.searches()
					.stream()
					.filter((s) -> s.request().facets() == facets && s.kind().startsWith("warm:"))
					.toList();
				List<RecordedSearches.Search> measured = recorded.searches()
					.stream()
					.filter((s) -> s.request().facets() == facets && !s.kind().startsWith("warm:"))
					.toList();
				run(engine, warm, 1, null);
				if (Boolean.getBoolean("benchmark.engine.jfr") && recording == null) {
					recording = new Recording(Configuration.getConfiguration("profile"));
					recording.setToDisk(true);
					recording.start();
				}
				double[] cpu = run(engine, measured, rounds, answers);
				report.append(summary(facets ? "search page (counts per theme)" : "API (no counts per theme)", cpu,
						measured));
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
			Files.createDirectories(REPORT.getParent());
			Files.writeString(REPORT.resolveSibling("engine-answers-" + LABEL + ".txt"), answers);
			System.out.println(report);
			Files.createDirectories(REPORT.getParent());
			Files.writeString(REPORT, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		finally {
			engine.close();
			deleteFolder(copy);
		}
	}

	/**
	 * Runs each search {@code rounds} times; its CPU in ms, the least of its rounds; what
	 * each answer says appended to {@code answers} when given.
	 */
	private static double[] run(LuceneSearchEngine engine, List<RecordedSearches.Search> searches, int rounds,
			StringBuilder answers) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] cpu = new double[searches.size()];
		Arrays.fill(cpu, Double.MAX_VALUE);
		for (int i = 0; i < searches.size(); i++) {
			SearchRequest request = searches.get(i).request();
			String first = null;
			for (int round = 0; round < rounds; round++) {
				if (COLD && answers != null) {
					edit(engine);
				}
				long before = threads.getCurrentThreadCpuTime();
				SearchAnswer answer = engine.search(request);
				cpu[i] = Math.min(cpu[i], (threads.getCurrentThreadCpuTime() - before) / 1e6);
				String printed = printed(answer);
				if (first == null) {
					first = printed;
				}
				assertThat(printed).as("the same answer each round: %s", request).isEqualTo(first);
			}
			if (answers != null) {
				answers.append(request).append(" => ").append(first).append('\n');
			}
		}
		return cpu;
	}

	/**
	 * An edit that changes no answer: a document of no field a search reads, added then
	 * deleted, and the searchers refreshed (a new top-level reader).
	 */
	private static void edit(LuceneSearchEngine engine) {
		try {
			IndexWriter writer = engine.index().writer();
			Document document = new Document();
			document.add(new StringField("benchmark-edit", "edit", Field.Store.NO));
			writer.addDocument(document);
			writer.deleteDocuments(new Term("benchmark-edit", "edit"));
			engine.index().refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Everything an answer says, comparable. */
	static String printed(SearchAnswer answer) {
		return answer.hits()
			.stream()
			.map((hit) -> hit.id() + " " + hit.score() + " " + hit.closeness() + " " + hit.distanceKm() + " "
					+ hit.synonym() + " " + hit.row())
			.toList() + " | " + answer.total() + (answer.totalCapped() ? "+" : "") + " | "
				+ new TreeMap<>(answer.themes()) + (answer.themesCapped() ? "+" : "") + " | " + answer.corrected();
	}

	private static String summary(String what, double[] cpu, List<RecordedSearches.Search> measured) {
		StringBuilder out = new StringBuilder(
				"- %s: CPU per search mean %.2f ms, p50 %.2f, p95 %.2f, p99 %.2f (%d)\n".formatted(what,
						Arrays.stream(cpu).average().orElse(0), pct(cpu, 50), pct(cpu, 95), pct(cpu, 99), cpu.length));
		for (String kind : KINDS) {
			List<Double> of = new ArrayList<>();
			for (int i = 0; i < cpu.length; i++) {
				if (measured.get(i).kind().equals(kind)) {
					of.add(cpu[i]);
				}
			}
			double[] some = of.stream().mapToDouble(Double::doubleValue).toArray();
			out.append("  - %s (%d): mean %.2f, p95 %.2f\n".formatted(kind, some.length,
					Arrays.stream(some).average().orElse(0), pct(some, 95)));
		}
		return out.toString();
	}

	private static double pct(double[] values, double p) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.clamp((int) Math.ceil(p / 100 * sorted.length) - 1, 0, sorted.length - 1)];
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				if (!file.getFileName().toString().equals("write.lock")) {
					Files.copy(file, to.resolve(file.getFileName()));
				}
			}
		}
	}

	private static void deleteFolder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}

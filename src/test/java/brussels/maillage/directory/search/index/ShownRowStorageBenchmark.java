package brussels.maillage.directory.search.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import brussels.maillage.directory.search.contract.ShownRow;
import brussels.maillage.system.LocalizedText;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which storage of the page's rows ({@link ShownRow}) costs less to read for a page of 20
 * or 50 hits (issue 17): a binary doc value (not compressed, read in place) or a stored
 * field (compressed in blocks, a block decompressed per hit). 100,000 rows the size of
 * the benchmark directory's (names, two descriptions of a few sentences, organisation,
 * address), each kind of index written as the application writes its own (256 MB buffer,
 * no compound files) on disk, then read page by page, the CPU of the reading thread
 * measured. Excluded from the normal build:
 * {@code ./mvnw test -Dtest=ShownRowStorageBenchmark -Dtest.excludedGroups=none -DenableAssertions=false}.
 */
@Tag("benchmark")
class ShownRowStorageBenchmark {

	private static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);

	private static final int PAGES = Integer.getInteger("benchmark.rows.pages", 5_000);

	private static final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	@TempDir
	Path folder;

	private static final List<String> WORDS = List.of("accompagnement", "personnes", "âgées", "domicile", "aide",
			"soins", "infirmiers", "repas", "quartier", "permanence", "sociale", "écoute", "familles", "enfants",
			"begeleiding", "thuiszorg", "ouderen", "gezinnen", "maaltijden", "wijk", "zorg", "hulp", "sur",
			"rendez-vous", "les", "des", "pour", "et", "en", "de", "van", "het", "een", "voor");

	private static String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((i == 0) ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
		}
		return text.toString();
	}

	private static ShownRow row(Random random) {
		return new ShownRow(LocalizedText.of(words(random, 5), words(random, 5), null),
				LocalizedText.of(words(random, 40 + random.nextInt(40)), words(random, 40 + random.nextInt(40)), null),
				UUID.randomUUID(), "Asbl " + words(random, 3), "service", "active", "free", List.of("fr", "nl"),
				"COMMUNE", "Rue " + words(random, 2) + " " + random.nextInt(200) + ", 1030 Schaerbeek",
				50.8 + random.nextDouble() / 10, 4.3 + random.nextDouble() / 10);
	}

	private static long cpu() {
		return threads.getCurrentThreadCpuTime();
	}

	@Test
	void docValuesAgainstStoredFields() throws Exception {
		Path values = Files.createDirectory(this.folder.resolve("values"));
		Path stored = Files.createDirectory(this.folder.resolve("stored"));
		long[] build = new long[2];
		long bytes = 0;
		try (IndexWriter byValues = writer(values); IndexWriter byStored = writer(stored)) {
			Random random = new Random(20261206);
			for (int i = 0; i < ROWS; i++) {
				long started = cpu();
				byte[] encoded = row(random).encode();
				bytes += encoded.length;
				Document document = new Document();
				document.add(new BinaryDocValuesField(ServiceDocuments.ROW, new BytesRef(encoded)));
				byValues.addDocument(document);
				long between = cpu();
				Document other = new Document();
				other.add(new StoredField(ServiceDocuments.ROW, new BytesRef(encoded)));
				byStored.addDocument(other);
				build[0] += between - started;
				build[1] += cpu() - between;
			}
			long started = cpu();
			byValues.commit();
			long between = cpu();
			byStored.commit();
			build[0] += between - started;
			build[1] += cpu() - between;
		}
		StringBuilder report = new StringBuilder("\n## Page rows: doc values against stored fields\n\n");
		report.append("- %,d rows, %.0f bytes each on average (encoded)\n".formatted(ROWS, bytes / (double) ROWS));
		report.append("- binary doc values: %.1f MB on disk, %.2f s of CPU to write\n".formatted(size(values) / 1e6,
				build[0] / 1e9));
		report.append("- stored fields: %.1f MB on disk, %.2f s of CPU to write\n\n".formatted(size(stored) / 1e6,
				build[1] / 1e9));
		try (DirectoryReader byValues = DirectoryReader.open(FSDirectory.open(values));
				DirectoryReader byStored = DirectoryReader.open(FSDirectory.open(stored))) {
			for (int hits : new int[] { 20, 50 }) {
				// Warm-up, then measured, alternately on the same pages.
				measure(byValues, byStored, hits, PAGES, new long[2]);
				long[] spent = new long[2];
				measure(byValues, byStored, hits, PAGES, spent);
				report.append("- page of %d hits: doc values %.1f µs, stored fields %.1f µs of CPU per page\n"
					.formatted(hits, spent[0] / 1e3 / PAGES, spent[1] / 1e3 / PAGES));
			}
		}
		System.out.println(report);
		Path out = Path.of("target", "benchmarks", "shown-rows.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString(), java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
	}

	private static IndexWriter writer(Path folder) throws Exception {
		IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
		config.setRAMBufferSizeMB(256);
		config.setUseCompoundFile(false);
		return new IndexWriter(FSDirectory.open(folder), config);
	}

	private static long size(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	private static void measure(DirectoryReader byValues, DirectoryReader byStored, int hits, int pages, long[] spent)
			throws Exception {
		Random random = new Random(hits);
		for (int p = 0; p < pages; p++) {
			TreeSet<Integer> docs = new TreeSet<>();
			while (docs.size() < hits) {
				docs.add(random.nextInt(byValues.maxDoc()));
			}
			long started = cpu();
			List<ShownRow> first = new ArrayList<>(hits);
			List<LeafReaderContext> leaves = byValues.leaves();
			for (int doc : docs) {
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				BinaryDocValues rows = leaf.reader().getBinaryDocValues(ServiceDocuments.ROW);
				assertThat(rows.advanceExact(doc - leaf.docBase)).isTrue();
				BytesRef bytes = rows.binaryValue();
				first.add(ShownRow.decode(bytes.bytes, bytes.offset, bytes.length));
			}
			long between = cpu();
			List<ShownRow> second = new ArrayList<>(hits);
			StoredFields fields = byStored.storedFields();
			for (int doc : docs) {
				fields.document(doc, new StoredFieldVisitor() {

					@Override
					public Status needsField(FieldInfo field) {
						return field.name.equals(ServiceDocuments.ROW) ? Status.YES : Status.STOP;
					}

					@Override
					public void binaryField(FieldInfo field, byte[] value) {
						second.add(ShownRow.decode(value, 0, value.length));
					}

				});
			}
			spent[0] += between - started;
			spent[1] += cpu() - between;
			assertThat(second).isEqualTo(first);
		}
	}

}

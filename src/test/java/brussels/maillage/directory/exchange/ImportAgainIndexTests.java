package brussels.maillage.directory.exchange;

import javax.sql.DataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.directory.search.IndexIds;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.territory.TerritoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A package imported again and again, as the tests sharing one database and partners
 * posting their package do: imported twice, edited by an editor then imported again,
 * withdrawn (its rows deleted) and imported anew with the same ids, once seen by the
 * index between the two and once not; each time every service is in the index once, on
 * this instance (which is handed the import's services) and on another instance on the
 * same database (which reads them from the change log), and the search counts as many
 * services as it shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportAgainIndexTests {

	private static final Pattern UUIDS = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** A word of no other test: the package's services and organisations are named so. */
	private static final String WORD = "Farfadelle";

	@Autowired
	HsdsImport hsds;

	@Autowired
	DirectoryService directory;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryStore store;

	@Autowired
	TerritoryService territory;

	@Autowired
	PlaceResolver places;

	private final String source = "dupes-" + UUID.randomUUID();

	private final Map<String, String> ids = new HashMap<>();

	@AfterEach
	void withdrawThePackage() {
		withdraw();
	}

	@Test
	void eachServiceIsIndexedOnceWhateverTheSequenceOfImports() throws IOException {
		Map<String, byte[]> files = farfadelle();
		try (IndexIds.Second second = IndexIds.second(this.dataSource, this.store, this.territory, this.places)) {
			second.refresh();
			ImportReport first = importPackage(files);
			assertThat(first.added()).isEqualTo(22);
			Set<UUID> shown = found();
			assertThat(shown).isNotEmpty();
			second.refresh();
			assertThat(second.twice()).isEmpty();

			// The same package again.
			importPackage(files);
			assertThat(found()).isEqualTo(shown);

			// An editor renames a service, then the package comes again and names it
			// back.
			UUID edited = services().get(0);
			this.jdbc.sql("update service set name = name || jsonb_build_object('fr', :name) where id = :id")
				.param("name", WORD + " renommé")
				.param("id", edited)
				.update();
			assertThat(found()).isEqualTo(shown);
			assertThat(importPackage(files).changed()).isPositive();
			assertThat(found()).isEqualTo(shown);

			// Withdrawn (rows deleted, as the judged sets leave the shared database) and
			// imported anew with the same ids, as new services: seen by the index
			// between.
			withdraw();
			assertThat(found()).isEmpty();
			assertThat(importPackage(files).added()).isEqualTo(22);
			assertThat(found()).isEqualTo(shown);

			// The same, with no search between the two (the background refresh may or may
			// not see the withdrawal first).
			withdraw();
			assertThat(importPackage(files).added()).isEqualTo(22);
			assertThat(found()).isEqualTo(shown);

			// Another instance that saw none of it since the first import: one refresh
			// over every step.
			second.refresh();
			assertThat(second.twice()).isEmpty();
			assertThat((long) second.size()).isEqualTo(this.directory.countServices());
		}
	}

	@Test
	void aPackageListingAServiceTwiceIndexesItOnce() throws IOException {
		Map<String, byte[]> files = farfadelle();
		String services = new String(files.get("services.csv"), StandardCharsets.UTF_8);
		String first = services.split("\n", -1)[1];
		files.put("services.csv", services.replace(first, first + "\n" + first).getBytes(StandardCharsets.UTF_8));
		assertThat(importPackage(files).added()).isEqualTo(22);
		assertThat(services()).hasSize(22);
		assertThat(found()).isNotEmpty();
	}

	private ImportReport importPackage(Map<String, byte[]> files) {
		ImportReport report = this.hsds.importPackage(files, new ImportOptions("fr", false, this.source, false));
		assertThat(report.errors()).isEmpty();
		return report;
	}

	/**
	 * The services found by the package's word, each checked to be found and indexed
	 * once, and counted as many times as found.
	 */
	private Set<UUID> found() {
		SearchResults results = this.directory
			.search(new SearchQuery(WORD, null, null, false, null, Place.NOWHERE, null, null, 0, 50, null, null, null));
		IndexIds.assertEachServiceOnce(results);
		assertThat(IndexIds.twice(this.context)).isEmpty();
		List<UUID> hits = results.hits().stream().map(SearchHit::id).toList();
		assertThat(services()).containsAll(hits);
		return Set.copyOf(hits);
	}

	private List<UUID> services() {
		return this.jdbc.sql("select id from service where import_source = ? order by id")
			.param(this.source)
			.query(UUID.class)
			.list();
	}

	private void withdraw() {
		this.jdbc.sql("update service set status = 'closed', last_modified = now() where import_source = ?")
			.param(this.source)
			.update();
		this.jdbc.sql("delete from service where import_source = ?").param(this.source).update();
	}

	/** The package of {@code hsds/ribambelle} with fresh ids and another name. */
	private Map<String, byte[]> farfadelle() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> file : RibambellePackage.files().entrySet()) {
			String text = new String(file.getValue(), StandardCharsets.UTF_8).replace("Ribambelle", WORD)
				.replace("ribambelle", WORD.toLowerCase());
			Matcher matcher = UUIDS.matcher(text);
			StringBuilder renamed = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(renamed,
						this.ids.computeIfAbsent(matcher.group(), (k) -> UUID.randomUUID().toString()));
			}
			matcher.appendTail(renamed);
			files.put(file.getKey(), renamed.toString().getBytes(StandardCharsets.UTF_8));
		}
		assertThat(files.keySet().stream().collect(Collectors.joining())).isNotEmpty();
		return files;
	}

}

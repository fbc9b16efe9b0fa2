package brussels.maillage.directory.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.engine.LuceneSearchEngine;
import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.services.DirectoryStore;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One directory, one reading (issue 17): the same services indexed two ways, built at
 * once from their rows, and reached by the edits the suite's tests make (packages
 * imported, closed and withdrawn, services renamed and renamed back, closed, deleted, a
 * package handed over and handed again), read every query alike: the words searched
 * (exactly, or respelled) and the services found, in the same order. The edits leave
 * deleted documents until their segments merge, which a rebuilt index has not. The
 * directory is the one of the database (read, never changed) with a package of its own,
 * in two indexes in memory given the database's thesaurus; the queries are the names of
 * closed and open services, the words of the names few services hold, those words
 * mistyped, and the words only the deleted documents held.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditedIndexReadingTests {

	/** Hits asked per search. */
	private static final int PAGE = 50;

	private static final Instant MODIFIED = Instant.parse("2026-12-07T10:00:00Z");

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryStore store;

	private final LuceneSearchEngine rebuilt = new LuceneSearchEngine();

	private final LuceneSearchEngine edited = new LuceneSearchEngine();

	private List<List<String>> thesaurus;

	private List<SearchDocument> directory;

	/** The rows the edited index was given, by id. */
	private final Map<UUID, SearchDocument> rows = new LinkedHashMap<>();

	/** The queries read otherwise, with the first edit after which they were. */
	private final Map<String, String> differences = new LinkedHashMap<>();

	/** Edits after which the readings were compared. */
	private int compared;

	@BeforeEach
	void readTheDirectory() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		this.thesaurus = IndexSync.thesaurus(jdbc);
		this.directory = new ArrayList<>();
		new SearchDocuments(jdbc, this.store).all(new int[1], new long[1]).forEach(this.directory::add);
		assertThat(this.directory).hasSizeGreaterThan(100);
	}

	@AfterEach
	void close() {
		this.rebuilt.close();
		this.edited.close();
	}

	@Test
	void anIndexReachedByEditsReadsEveryQueryAsOneBuiltFromTheSameRows() throws IOException {
		List<SearchDocument> pack = tarabiscot();
		// The rows at the end: every 7th service closed, every 13th deleted, the package
		// added.
		List<SearchDocument> closing = new ArrayList<>();
		List<UUID> deleted = new ArrayList<>();
		List<SearchDocument> last = new ArrayList<>();
		for (int i = 0; i < this.directory.size(); i++) {
			SearchDocument service = this.directory.get(i);
			if (i % 13 == 5) {
				deleted.add(service.id());
				continue;
			}
			if (i % 7 == 3 && !service.status().equals("closed")) {
				service = with(service, service.id(), null, "closed");
				closing.add(service);
			}
			last.add(service);
		}
		last.addAll(pack);
		this.rebuilt.rebuild(last, this.thesaurus);
		Set<String> queries = queries(last);

		this.edited.rebuild(this.directory, this.thesaurus);
		this.directory.forEach((service) -> this.rows.put(service.id(), service));
		// Other tests import packages (copies of the same one, and of services of the
		// directory), close them after each test, and some withdraw them.
		for (int copy = 0; copy < 3; copy++) {
			List<SearchDocument> other = new ArrayList<>();
			for (SearchDocument service : pack) {
				other.add(with(service, UUID.randomUUID(), null, service.status()));
			}
			for (int i = copy; i < this.directory.size(); i += 40) {
				SearchDocument service = this.directory.get(i);
				other.add(with(service, UUID.randomUUID(), name(service) + " vestaire provisoire", "active"));
			}
			handOver("package " + copy + " imported", other, queries);
			edit("package " + copy + " closed",
					other.stream().map((service) -> with(service, service.id(), null, "closed")).toList(), List.of(),
					queries);
			edit("package " + copy + " withdrawn", List.of(), other.stream().map(SearchDocument::id).toList(), queries);
		}
		// Services renamed, then given their name back.
		List<SearchDocument> renamed = new ArrayList<>();
		List<SearchDocument> back = new ArrayList<>();
		for (int i = 0; i < this.directory.size(); i += 11) {
			SearchDocument service = this.directory.get(i);
			renamed.add(with(service, service.id(), name(service) + " permanance fermee temporairement", "active"));
			back.add(service);
		}
		edit("services renamed", renamed, List.of(), queries);
		edit("services named back", back, List.of(), queries);
		edit("services closed", closing, List.of(), queries);
		edit("services deleted", List.of(), deleted, queries);
		// The package handed over by its import, then handed again unchanged.
		handOver("the package imported", pack, queries);
		handOver("the package imported again", pack, queries);
		assertThat(this.rows.values()).containsExactlyInAnyOrderElementsOf(last);
		assertThat(this.differences).as("queries read otherwise").isEmpty();
		assertThat(queries).hasSizeGreaterThan(100);
		assertThat(this.compared).as("edits compared while the index held deleted documents").isPositive();
	}

	/**
	 * The queries: the package's closed service's name and the words only edits held, the
	 * names of closed services and of every 9th service, words of the names few services
	 * hold and those words mistyped.
	 */
	private Set<String> queries(List<SearchDocument> last) throws IOException {
		Set<String> queries = new LinkedHashSet<>();
		queries.add("Tarabiscot vestiaire fermé");
		queries.add("vestaire");
		queries.add("permanance");
		queries.add("fermee temporairement");
		queries.add("provisoire");
		last.stream().filter((row) -> row.status().equals("closed")).limit(60).forEach((row) -> queries.add(name(row)));
		for (int i = 0; i < last.size(); i += 12) {
			queries.add(name(last.get(i)));
		}
		List<String> rare = rareWords();
		queries.addAll(rare);
		rare.stream().filter((word) -> word.length() >= 6).forEach((word) -> queries.add(mistyped(word)));
		return queries;
	}

	/** Edits the services in the edited index and in the rows, and compares. */
	private void edit(String step, List<SearchDocument> changed, List<UUID> removed, Set<String> queries) {
		this.edited.update(changed, removed);
		changed.forEach((service) -> this.rows.put(service.id(), service));
		removed.forEach(this.rows::remove);
		compare(step, queries);
	}

	/** Hands services over as an import does (replacing those held), and compares. */
	private void handOver(String step, List<SearchDocument> services, Set<String> queries) {
		this.edited.add(this.edited.prepare(services), services.stream().map(SearchDocument::id).toList());
		services.forEach((service) -> this.rows.put(service.id(), service));
		compare(step, queries);
	}

	/**
	 * While the edited index holds deleted documents (until their segments merge), reads
	 * every query on it and on an index built from the same rows.
	 */
	private void compare(String step, Set<String> queries) {
		boolean deletions = this.edited.index().withSearcher((searcher) -> searcher.getIndexReader().hasDeletions());
		if (!deletions) {
			return;
		}
		this.compared++;
		this.rebuilt.rebuild(List.copyOf(this.rows.values()), this.thesaurus);
		assertThat(this.edited.size()).as(step).isEqualTo(this.rebuilt.size());
		for (String query : queries) {
			String difference = reading(this.rebuilt, query).difference(reading(this.edited, query));
			if (difference != null) {
				this.differences.putIfAbsent(query, step + ": rebuilt / edited " + difference);
			}
		}
	}

	/**
	 * What a search reads and finds: the words searched when respelled, how many services
	 * hold enough of them, and which when they fit on the page (the order, and which
	 * enter a page too short for all, follow BM25's scores, which count deleted
	 * documents), how many hold part of them on the page.
	 */
	private static Reading reading(LuceneSearchEngine engine, String text) {
		SearchAnswer answer = engine.search(new SearchRequest(text, null, null, false, null, null, null, null, null,
				null, null, null, null, null, null, 0, PAGE, false));
		Set<UUID> hits = new TreeSet<>();
		answer.hits().stream().filter((hit) -> !hit.partial()).forEach((hit) -> hits.add(hit.id()));
		long partial = answer.hits().stream().filter(SearchAnswer.Hit::partial).count();
		return new Reading(answer.corrected(), answer.total(), (hits.size() < PAGE) ? hits : Set.of(), partial);
	}

	/** A search's reading and answers, as {@link #reading} says. */
	private record Reading(String corrected, long total, Set<UUID> hits, long partial) {

		/** How another reading differs from this one, or {@code null}. */
		String difference(Reading other) {
			if (!Objects.equals(this.corrected, other.corrected)) {
				return "read as " + this.corrected + " / " + other.corrected;
			}
			if (this.total != other.total) {
				return "found " + this.total + " / " + other.total;
			}
			if (!this.hits.equals(other.hits)) {
				return "other services " + this.hits + " / " + other.hits;
			}
			if (this.partial != other.partial) {
				return "holding part of the words " + this.partial + " / " + other.partial;
			}
			return null;
		}

	}

	/**
	 * Words of the names that one to three services hold, every few of them in the
	 * index's order.
	 */
	private List<String> rareWords() throws IOException {
		return this.rebuilt.index().withSearcher((searcher) -> {
			IndexReader reader = searcher.getIndexReader();
			Terms terms = MultiTerms.getTerms(reader, "name" + Analysis.EXACT);
			List<String> words = new ArrayList<>();
			TermsEnum iterator = terms.iterator();
			int seen = 0;
			for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
				String word = term.utf8ToString();
				if (iterator.docFreq() <= 3 && word.length() >= 4 && word.chars().allMatch(Character::isLetter)
						&& seen++ % 5 == 0) {
					words.add(word);
				}
			}
			return words.subList(0, Math.min(words.size(), 120));
		});
	}

	/** The word with its second and third letters swapped. */
	private static String mistyped(String word) {
		return word.charAt(0) + "" + word.charAt(2) + word.charAt(1) + word.substring(3);
	}

	private static String name(SearchDocument service) {
		return service.names().getOrDefault("fr", service.names().values().stream().findFirst().orElse(""));
	}

	/** The service with another id, name ({@code null}: the same) and status. */
	private static SearchDocument with(SearchDocument s, UUID id, String name, String status) {
		Map<String, String> names = (name != null) ? Map.of("fr", name) : s.names();
		return new SearchDocument(id, s.organizationId(), s.organization(), names, s.texts(), s.themes(),
				s.themeCodes(), status, s.kind(), s.cost(), s.languages(), s.audiences(), s.areaLevel(), s.areaCodes(),
				s.points(), s.modified(), s.open(), s.minimumAge(), s.maximumAge(), s.terms(), s.termLabels(),
				s.shown(), s.alternateNames(), s.program());
	}

	/** A package of its own, as {@code ImportHandoffTests} imports one. */
	private static List<SearchDocument> tarabiscot() {
		UUID night = UUID.randomUUID();
		UUID food = UUID.randomUUID();
		return List.of(
				service(night, "Tarabiscot abri de nuit pour femmes",
						"Hébergement d'urgence réservé aux femmes et à leurs enfants.", "active"),
				service(night, "Tarabiscot douches et vestiaire",
						"Douches, lessive et vêtements pour les personnes sans abri.", "active"),
				service(food, "Tarabiscot vestiaire fermé", "Ancien vestiaire, fermé.", "closed"),
				service(food, "Tarabiscot épicerie sociale", "Produits de base à prix réduit.", "active"),
				service(food, "Tarabiscot restaurant social", "Repas chaud à midi pour 2 euros.", "active"),
				service(food, "Tarabiscot colis alimentaires", "Colis alimentaires pour les familles.", "active"));
	}

	private static SearchDocument service(UUID organization, String name, String text, String status) {
		return new SearchDocument(UUID.randomUUID(), organization, "Tarabiscot", Map.of("fr", name), Map.of("fr", text),
				List.of(), List.of(), status, "service", "free", List.of("fr"), List.of(), "REGION", List.of(),
				List.of(), MODIFIED, List.of(), null, null);
	}

}

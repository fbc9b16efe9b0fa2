package brussels.maillage.directory.search;

import javax.sql.DataSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.search.engine.LuceneSearchEngine;
import brussels.maillage.directory.search.index.LuceneIndex;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.territory.TerritoryService;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many documents the search index holds of each service, read from the index itself
 * (the live documents' {@code id} doc value), and the checks that each service is held
 * once and found at most once: for the tests of the sequences of imports, edits, rebuilds
 * and restarts that could index a service twice.
 */
public final class IndexIds {

	private IndexIds() {
	}

	/** The services the application's index holds more than once, with how many times. */
	public static Map<UUID, Integer> twice(ApplicationContext context) {
		return twice(context.getBean(ServiceSearch.class));
	}

	/** The services {@code search}'s index holds more than once, with how many times. */
	static Map<UUID, Integer> twice(ServiceSearch search) {
		Map<UUID, Integer> twice = new TreeMap<>();
		copies(search).forEach((id, copies) -> {
			if (copies > 1) {
				twice.put(id, copies);
			}
		});
		return twice;
	}

	/** How many live documents {@code search}'s index holds of each service. */
	static Map<UUID, Integer> copies(ServiceSearch search) {
		LuceneIndex index = ((LuceneSearchEngine) search.engine()).index();
		return index.withSearcher((searcher) -> copies(searcher.getIndexReader()));
	}

	private static Map<UUID, Integer> copies(IndexReader reader) throws IOException {
		Map<UUID, Integer> copies = new HashMap<>();
		for (LeafReaderContext context : reader.leaves()) {
			Bits live = context.reader().getLiveDocs();
			BinaryDocValues values = context.reader().getBinaryDocValues("id");
			if (values == null) {
				continue;
			}
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				if (live == null || live.get(doc)) {
					BytesRef bytes = values.binaryValue();
					ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
					copies.merge(new UUID(buffer.getLong(), buffer.getLong()), 1, Integer::sum);
				}
			}
		}
		return copies;
	}

	/**
	 * Checks that {@code results} name each service once and count as many services as
	 * they show, when they show all of them.
	 */
	public static void assertEachServiceOnce(SearchResults results) {
		List<UUID> ids = results.hits().stream().map(SearchHit::id).toList();
		assertThat(ids).as("services found").doesNotHaveDuplicates();
		if (ids.size() < results.query().size() && results.query().page() == 0) {
			assertThat(results.total()).as("services counted").isEqualTo(ids.size());
		}
	}

	/**
	 * Another instance of the search on the same database, with its index in memory and
	 * no background refresh: it catches up when asked.
	 */
	public static Second second(DataSource dataSource, DirectoryStore store, TerritoryService territory,
			PlaceResolver places) {
		return new Second(new ServiceSearch(dataSource, store, territory, places));
	}

	/** Another instance of the search. */
	public static final class Second implements AutoCloseable {

		private final ServiceSearch search;

		private Second(ServiceSearch search) {
			this.search = search;
		}

		/** Brings its index up to the directory's version. */
		public void refresh() {
			this.search.refresh();
		}

		/** The services its index holds more than once. */
		public Map<UUID, Integer> twice() {
			return IndexIds.twice(this.search);
		}

		/** The services its index holds. */
		public int size() {
			return this.search.size();
		}

		@Override
		public void close() {
			this.search.close();
		}

	}

}

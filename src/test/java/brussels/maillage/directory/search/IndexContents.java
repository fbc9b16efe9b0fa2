package brussels.maillage.directory.search;

import javax.sql.DataSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.search.engine.LuceneSearchEngine;
import brussels.maillage.directory.search.index.LuceneIndex;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.territory.TerritoryService;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import org.springframework.context.ApplicationContext;

/**
 * What the search index holds of some services, read from the index itself (every term of
 * every field with its frequency and positions, every norm, doc value and point), for the
 * tests that compare the index after an import with the index rebuilt from PostgreSQL;
 * and another instance of the search on the same database.
 */
public final class IndexContents {

	private static final HexFormat HEX = HexFormat.of();

	private IndexContents() {
	}

	/**
	 * An instance of the search (the package's own class), for the tests of other
	 * packages.
	 */
	public static final class Instance {

		private final ServiceSearch search;

		private Instance(ServiceSearch search) {
			this.search = search;
		}

		/** The search, without the counts per theme when not {@code facets}. */
		public SearchResults search(SearchQuery query, boolean facets) {
			return this.search.search(query, facets);
		}

		/** Rebuilds the whole index from PostgreSQL. */
		public int rebuild() {
			return this.search.rebuild();
		}

	}

	/** The application's instance of the search. */
	public static Instance of(ApplicationContext context) {
		return new Instance(context.getBean(ServiceSearch.class));
	}

	/**
	 * Each service's documents as sorted lines ({@code field kind value}); a service
	 * indexed twice has each line twice, one not indexed is absent.
	 */
	public static Map<UUID, List<String>> of(Instance instance, Collection<UUID> services) {
		LuceneIndex index = ((LuceneSearchEngine) instance.search.engine()).index();
		return index.withSearcher((searcher) -> read(searcher.getIndexReader(), Set.copyOf(services)));
	}

	/** Services of imports added to the index as indexed apart, since it started. */
	public static long handedOver(Instance instance) {
		return instance.search.sync().handedOver();
	}

	/** Another instance of the search on the same database, with its index in memory. */
	public static Instance secondInstance(DataSource dataSource, DirectoryStore store, TerritoryService territory,
			PlaceResolver places) {
		return new Instance(new ServiceSearch(dataSource, store, territory, places));
	}

	/** Closes another instance's index. */
	public static void close(Instance instance) {
		instance.search.close();
	}

	/** Brings a search's index up to the directory's version. */
	public static void refresh(Instance instance) {
		instance.search.refresh();
	}

	private static Map<UUID, List<String>> read(IndexReader reader, Set<UUID> wanted) throws IOException {
		Map<UUID, List<String>> lines = new TreeMap<>();
		for (LeafReaderContext context : reader.leaves()) {
			LeafReader leaf = context.reader();
			UUID[] ids = ids(leaf, wanted);
			for (FieldInfo field : leaf.getFieldInfos()) {
				Adder add = (doc, line) -> {
					if (ids[doc] != null) {
						lines.computeIfAbsent(ids[doc], (k) -> new ArrayList<>()).add(field.name + " " + line);
					}
				};
				terms(leaf, field, add);
				if (field.hasNorms()) {
					NumericDocValues norms = leaf.getNormValues(field.name);
					for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
						add.line(doc, "norm " + norms.longValue());
					}
				}
				docValues(leaf, field, add);
				points(leaf, field, add);
			}
		}
		lines.values().forEach((list) -> list.sort(null));
		return lines;
	}

	/** The wanted services' ids by document, {@code null} for the others and deleted. */
	private static UUID[] ids(LeafReader leaf, Set<UUID> wanted) throws IOException {
		UUID[] ids = new UUID[leaf.maxDoc()];
		Bits live = leaf.getLiveDocs();
		BinaryDocValues values = leaf.getBinaryDocValues("id");
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			BytesRef bytes = values.binaryValue();
			ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
			UUID id = new UUID(buffer.getLong(), buffer.getLong());
			if ((live == null || live.get(doc)) && wanted.contains(id)) {
				ids[doc] = id;
			}
		}
		return ids;
	}

	private interface Adder {

		void line(int doc, String line);

	}

	private static void terms(LeafReader leaf, FieldInfo field, Adder add) throws IOException {
		if (field.getIndexOptions() == IndexOptions.NONE) {
			return;
		}
		Terms terms = leaf.terms(field.name);
		if (terms == null) {
			return;
		}
		boolean positions = field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
		TermsEnum each = terms.iterator();
		PostingsEnum postings = null;
		for (BytesRef term = each.next(); term != null; term = each.next()) {
			String text = term.utf8ToString();
			postings = each.postings(postings, positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				StringBuilder line = new StringBuilder("term ").append(text).append(" ×").append(postings.freq());
				if (positions) {
					for (int i = 0; i < postings.freq(); i++) {
						line.append(" @").append(postings.nextPosition());
					}
				}
				add.line(doc, line.toString());
			}
		}
	}

	private static void docValues(LeafReader leaf, FieldInfo field, Adder add) throws IOException {
		DocValuesType type = field.getDocValuesType();
		if (type == DocValuesType.BINARY) {
			BinaryDocValues values = leaf.getBinaryDocValues(field.name);
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				BytesRef value = values.binaryValue();
				add.line(doc, "binary " + HEX.formatHex(value.bytes, value.offset, value.offset + value.length));
			}
		}
		else if (type == DocValuesType.SORTED) {
			SortedDocValues values = leaf.getSortedDocValues(field.name);
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				add.line(doc, "sorted " + values.lookupOrd(values.ordValue()).utf8ToString());
			}
		}
		else if (type == DocValuesType.SORTED_SET) {
			SortedSetDocValues values = leaf.getSortedSetDocValues(field.name);
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				for (int i = 0; i < values.docValueCount(); i++) {
					add.line(doc, "sorted-set " + values.lookupOrd(values.nextOrd()).utf8ToString());
				}
			}
		}
		else if (type == DocValuesType.SORTED_NUMERIC) {
			SortedNumericDocValues values = leaf.getSortedNumericDocValues(field.name);
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				for (int i = 0; i < values.docValueCount(); i++) {
					add.line(doc, "sorted-numeric " + values.nextValue());
				}
			}
		}
		else if (type == DocValuesType.NUMERIC) {
			NumericDocValues values = leaf.getNumericDocValues(field.name);
			for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
				add.line(doc, "numeric " + values.longValue());
			}
		}
	}

	private static void points(LeafReader leaf, FieldInfo field, Adder add) throws IOException {
		if (field.getPointDimensionCount() == 0) {
			return;
		}
		PointValues points = leaf.getPointValues(field.name);
		if (points == null) {
			return;
		}
		points.intersect(new PointValues.IntersectVisitor() {

			@Override
			public void visit(int doc) {
				throw new IllegalStateException("every point is compared");
			}

			@Override
			public void visit(int doc, byte[] packed) {
				add.line(doc, "point " + HEX.formatHex(packed));
			}

			@Override
			public PointValues.Relation compare(byte[] min, byte[] max) {
				return PointValues.Relation.CELL_CROSSES_QUERY;
			}

		});
	}

}

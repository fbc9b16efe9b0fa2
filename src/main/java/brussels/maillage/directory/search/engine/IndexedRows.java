package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.ShownRow;
import brussels.maillage.directory.search.index.ServiceDocuments;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The page's hits with what the page shows of each ({@link ShownRow}), read from the
 * index's {@code row} doc values: segment by segment in the order of the documents, as
 * doc values are read, so that a search reads no row from PostgreSQL.
 */
final class IndexedRows {

	private IndexedRows() {
	}

	/** The hits of {@code page}, in its order, each with its row. */
	static List<SearchAnswer.Hit> hits(IndexSearcher searcher, List<Ranking.Ranked> page) throws IOException {
		if (page.isEmpty()) {
			return List.of();
		}
		Integer[] order = new Integer[page.size()];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> page.get(i).doc()));
		SearchAnswer.Hit[] hits = new SearchAnswer.Hit[page.size()];
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		int leafAt = -1;
		BinaryDocValues rows = null;
		for (int i : order) {
			Ranking.Ranked ranked = page.get(i);
			int leaf = ReaderUtil.subIndex(ranked.doc(), leaves);
			LeafReaderContext context = leaves.get(leaf);
			if (leaf != leafAt) {
				leafAt = leaf;
				rows = context.reader().getBinaryDocValues(ServiceDocuments.ROW);
			}
			if (rows == null || !rows.advanceExact(ranked.doc() - context.docBase)) {
				throw new IllegalStateException("Search index without the row of a service: it must be built again");
			}
			BytesRef bytes = rows.binaryValue();
			hits[i] = ranked.hit().with(ShownRow.decode(bytes.bytes, bytes.offset, bytes.length));
		}
		return new ArrayList<>(Arrays.asList(hits));
	}

}

package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.directory.search.query.Typed;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Says which hits of a page were found through the thesaurus rather than the words as
 * typed ("cgg → ssm").
 */
final class HitExplanation {

	private HitExplanation() {
	}

	static List<Ranking.Ranked> explain(IndexSearcher searcher, Typed typed, List<Ranking.Ranked> page)
			throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<Weight[]> weights = new ArrayList<>();
		for (Typed.Concept concept : typed.mentions()) {
			weights.add(new Weight[] { weight(searcher, concept.typed()), weight(searcher, concept.any()) });
		}
		// The page's documents in index order, leaf by leaf: each concept's iterators
		// are advanced to them (cheaper than asking Weight.matches of each hit).
		List<Ranking.Ranked> byDoc = new ArrayList<>(page);
		byDoc.sort(Comparator.comparingInt(Ranking.Ranked::doc));
		Map<Integer, String> through = new HashMap<>();
		int leafIndex = -1;
		DocIdSetIterator[][] iterators = null;
		for (Ranking.Ranked hit : byDoc) {
			int leaf = ReaderUtil.subIndex(hit.doc(), leaves);
			LeafReaderContext context = leaves.get(leaf);
			if (leaf != leafIndex) {
				leafIndex = leaf;
				iterators = new DocIdSetIterator[weights.size()][];
				for (int i = 0; i < weights.size(); i++) {
					iterators[i] = new DocIdSetIterator[] { iterator(weights.get(i)[0], context),
							iterator(weights.get(i)[1], context) };
				}
			}
			int doc = hit.doc() - context.docBase;
			List<String> found = new ArrayList<>();
			for (int i = 0; i < weights.size(); i++) {
				boolean asTyped = matches(iterators[i][0], doc);
				if (!asTyped && matches(iterators[i][1], doc)) {
					found.add(typed.mentions().get(i).explanation());
				}
			}
			if (!found.isEmpty()) {
				through.put(hit.doc(), String.join("; ", found));
			}
		}
		return page.stream()
			.map((hit) -> through.containsKey(hit.doc()) ? hit.through(through.get(hit.doc())) : hit)
			.toList();
	}

	private static DocIdSetIterator iterator(Weight weight, LeafReaderContext context) throws IOException {
		if (weight == null) {
			return null;
		}
		Scorer scorer = weight.scorer(context);
		return (scorer != null) ? scorer.iterator() : null;
	}

	/**
	 * Whether an iterator (advanced in increasing order of documents) holds a document.
	 */
	private static boolean matches(DocIdSetIterator iterator, int doc) throws IOException {
		if (iterator == null) {
			return false;
		}
		int at = iterator.docID();
		if (at < doc) {
			at = iterator.advance(doc);
		}
		return at == doc;
	}

	private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
		return (query != null) ? searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1) : null;
	}

}

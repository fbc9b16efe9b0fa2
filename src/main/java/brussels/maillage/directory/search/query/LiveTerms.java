package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * Whether a term is in a service the index still holds. A term's document frequency
 * counts the documents an update or a closing deleted until their segment is merged, so a
 * word only they held read as known after edits (searched exactly, finding nothing) and
 * as unknown after a rebuild (searched approximately): the same search answered otherwise
 * on an index that had been edited and on one rebuilt from PostgreSQL (issue 17, session
 * 20). Likewise every count that decides how a query is read: a word common enough to
 * only rank ({@link Units}), a word of the texts that is no typo
 * ({@link FrenchSpelling}): after other tests' edits, "Tarabiscot vestiaire fermé" kept
 * "fermé" on an edited index (three services held it, two of them deleted) and read it as
 * "femme" on a rebuilt one (session 21).
 */
final class LiveTerms {

	/** Per segment and its deletions: the deleted documents, in order. */
	private static final Map<IndexReader.CacheKey, int[]> DELETED = new ConcurrentHashMap<>();

	private LiveTerms() {
	}

	/**
	 * The term's states in the searcher's segments, with the document and total
	 * frequencies of the documents the index still holds: those a rebuilt index gives
	 * (for the common share of {@link Units} and BM25's idf). A segment where only
	 * deleted documents hold the term holds no state of it.
	 */
	static TermStates states(IndexSearcher searcher, Term term) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		if (!reader.hasDeletions()) {
			return TermStates.build(searcher, term, true);
		}
		TermStates states = new TermStates(searcher.getTopReaderContext());
		for (LeafReaderContext leaf : reader.leaves()) {
			TermsEnum iterator = at(leaf, term);
			if (iterator == null) {
				continue;
			}
			long[] live = live(leaf.reader(), iterator);
			if (live[0] > 0) {
				states.register(iterator.termState(), leaf.ord, (int) live[0], live[1]);
			}
		}
		return states;
	}

	/** How many documents the index still holds hold the term. */
	static int docFreq(IndexReader reader, Term term) throws IOException {
		if (!reader.hasDeletions()) {
			return reader.docFreq(term);
		}
		int count = 0;
		for (LeafReaderContext leaf : reader.leaves()) {
			TermsEnum iterator = at(leaf, term);
			if (iterator != null) {
				count += (int) live(leaf.reader(), iterator)[0];
			}
		}
		return count;
	}

	/** The segment's terms of the field on the term, or {@code null} when it has none. */
	private static TermsEnum at(LeafReaderContext leaf, Term term) throws IOException {
		Terms terms = leaf.reader().terms(term.field());
		if (terms == null) {
			return null;
		}
		TermsEnum iterator = terms.iterator();
		return iterator.seekExact(term.bytes()) ? iterator : null;
	}

	/**
	 * The document and total frequencies of the term the enum is on, in the segment's
	 * live documents: its postings read when fewer than the deleted documents, else the
	 * deleted documents' taken off.
	 */
	private static long[] live(LeafReader reader, TermsEnum iterator) throws IOException {
		long docFreq = iterator.docFreq();
		long totalTermFreq = iterator.totalTermFreq();
		Bits live = reader.getLiveDocs();
		if (live == null) {
			return new long[] { docFreq, totalTermFreq };
		}
		PostingsEnum postings = iterator.postings(null, PostingsEnum.FREQS);
		int[] deleted = deleted(reader, live);
		if (docFreq <= deleted.length) {
			docFreq = 0;
			totalTermFreq = 0;
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				if (live.get(doc)) {
					docFreq++;
					totalTermFreq += postings.freq();
				}
			}
			return new long[] { docFreq, totalTermFreq };
		}
		for (int doc : deleted) {
			int at = (postings.docID() < doc) ? postings.advance(doc) : postings.docID();
			if (at == DocIdSetIterator.NO_MORE_DOCS) {
				break;
			}
			if (at == doc) {
				docFreq--;
				totalTermFreq -= postings.freq();
			}
		}
		return new long[] { docFreq, totalTermFreq };
	}

	/** The segment's deleted documents, read once per segment and deletions. */
	private static int[] deleted(LeafReader reader, Bits live) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		int[] known = (helper != null) ? DELETED.get(helper.getKey()) : null;
		if (known != null) {
			return known;
		}
		int[] deleted = new int[reader.maxDoc() - reader.numDocs()];
		int n = 0;
		for (int doc = 0; doc < reader.maxDoc() && n < deleted.length; doc++) {
			if (!live.get(doc)) {
				deleted[n++] = doc;
			}
		}
		if (helper != null && DELETED.putIfAbsent(helper.getKey(), deleted) == null) {
			helper.addClosedListener(DELETED::remove);
		}
		return deleted;
	}

	static boolean inALiveDocument(IndexReader reader, Term term) throws IOException {
		return !reader.hasDeletions() || docFreq(reader, term) > 0;
	}

}

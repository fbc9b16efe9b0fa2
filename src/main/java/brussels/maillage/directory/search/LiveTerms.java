package brussels.maillage.directory.search;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Whether a term is in a service the index still holds. A term's document frequency
 * counts the documents an update or a closing deleted until their segment is merged, so a
 * word only they held read as known after edits (searched exactly, finding nothing) and
 * as unknown after a rebuild (searched approximately): the same search answered otherwise
 * on an index that had been edited and on one rebuilt from PostgreSQL (issue 17, session
 * 20).
 */
final class LiveTerms {

	private LiveTerms() {
	}

	static boolean inALiveDocument(IndexReader reader, Term term) throws IOException {
		if (!reader.hasDeletions()) {
			return true;
		}
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms terms = leaf.reader().terms(term.field());
			if (terms == null) {
				continue;
			}
			TermsEnum iterator = terms.iterator();
			if (!iterator.seekExact(term.bytes())) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			if (live == null) {
				return true;
			}
			PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				if (live.get(doc)) {
					return true;
				}
			}
		}
		return false;
	}

}

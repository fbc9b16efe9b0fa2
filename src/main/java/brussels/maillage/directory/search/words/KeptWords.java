package brussels.maillage.directory.search.words;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * An analyser's filters run once per word and their terms replayed: the filters of the
 * index's French and Dutch analysers (elision, folding, compound parts, stemming,
 * {@link FrenchForms}) each look at one word alone, so a word's terms and position
 * increments are the same wherever it stands. The first time a stream meets a word, the
 * filters run on that word alone; the next times, its terms are given again with the
 * word's own offsets, the first at the word's position, the others where the filters put
 * them (a Dutch compound's parts at the same position). The terms, positions, norms and
 * scores are those of the filters themselves; the directory's texts repeat the same few
 * thousand words, and the Dutch compound parts and stemmers were most of the build. Each
 * stream keeps at most {@link #LIMIT} words, then starts again.
 */
final class KeptWords extends TokenFilter {

	/** The words a stream keeps before it forgets them all. */
	static final int LIMIT = 20_000;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final CharArrayMap<Terms> kept = new CharArrayMap<>(1024, false);

	private final OneWord word = new OneWord();

	private final TokenStream filters;

	private final CharTermAttribute filteredTerm;

	private final PositionIncrementAttribute filteredIncrement;

	/** The word being replayed, and its next term. */
	private Terms replayed;

	private int next;

	/**
	 * @param source the words (a tokenizer)
	 * @param filters the filters, applied to a stream of one word
	 */
	KeptWords(TokenStream source, UnaryOperator<TokenStream> filters) {
		super(source);
		this.filters = filters.apply(this.word);
		this.filteredTerm = this.filters.addAttribute(CharTermAttribute.class);
		this.filteredIncrement = this.filters.addAttribute(PositionIncrementAttribute.class);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.replayed != null && this.next < this.replayed.terms.length) {
			this.term.setEmpty().append(this.replayed.terms[this.next]);
			this.increment.setPositionIncrement(this.replayed.increments[this.next]);
			this.next++;
			return true;
		}
		int skipped = 0;
		while (this.input.incrementToken()) {
			Terms terms = this.kept.get(this.term.buffer(), 0, this.term.length());
			if (terms == null) {
				terms = analyse();
				if (this.kept.size() >= LIMIT) {
					this.kept.clear();
				}
				this.kept.put(Arrays.copyOf(this.term.buffer(), this.term.length()), terms);
			}
			int position = this.increment.getPositionIncrement() + skipped;
			if (terms.terms.length == 0) {
				skipped = position;
				continue;
			}
			// The filters gave their first term the one word's increment (1).
			this.term.setEmpty().append(terms.terms[0]);
			this.increment.setPositionIncrement(position + terms.increments[0] - 1);
			this.replayed = terms;
			this.next = 1;
			return true;
		}
		this.replayed = null;
		return false;
	}

	/** The filters' terms of the current word alone. */
	private Terms analyse() throws IOException {
		this.word.set(this.term.buffer(), this.term.length());
		List<String> terms = new ArrayList<>(2);
		List<Integer> increments = new ArrayList<>(2);
		this.filters.reset();
		while (this.filters.incrementToken()) {
			terms.add(this.filteredTerm.toString());
			increments.add(this.filteredIncrement.getPositionIncrement());
		}
		this.filters.end();
		return new Terms(terms.toArray(String[]::new), increments.stream().mapToInt(Integer::intValue).toArray());
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.replayed = null;
		this.next = 0;
	}

	/** A word's terms and their position increments. */
	private record Terms(String[] terms, int[] increments) {
	}

	/** A stream of one word, its offsets from 0 to its length. */
	private static final class OneWord extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private char[] chars = new char[0];

		private int length;

		private boolean given;

		void set(char[] buffer, int length) {
			this.chars = Arrays.copyOf(buffer, length);
			this.length = length;
		}

		@Override
		public boolean incrementToken() {
			if (this.given) {
				return false;
			}
			clearAttributes();
			this.term.copyBuffer(this.chars, 0, this.length);
			this.offset.setOffset(0, this.length);
			this.given = true;
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.given = false;
		}

	}

}

package brussels.maillage.directory.search.words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A theme label's field, analysed once: the labels are the same few strings for every
 * service, so their tokens (terms, position increments, offsets, the end's) are recorded
 * the first time by the index's analyser ({@link Analysis#index()}) and replayed for the
 * next services, which gives the same terms, lengths and norms. At most {@link #LIMIT}
 * labels are kept, then forgotten.
 */
public final class LabelField extends Field {

	/** The labels kept before they are all forgotten. */
	static final int LIMIT = 10_000;

	private static final Analyzer ANALYZER = Analysis.index();

	private static final Map<String, Map<String, Tokens>> KEPT = new ConcurrentHashMap<>();

	private final Tokens tokens;

	public LabelField(String name, String label, FieldType type) {
		super(name, label, type);
		this.tokens = tokens(name, label);
	}

	@Override
	public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
		Replay replay = (reuse instanceof Replay kept) ? kept : new Replay();
		replay.tokens = this.tokens;
		return replay;
	}

	private static Tokens tokens(String field, String label) {
		Map<String, Tokens> labels = KEPT.computeIfAbsent(field, (name) -> new ConcurrentHashMap<>());
		Tokens tokens = labels.get(label);
		if (tokens == null) {
			if (labels.size() >= LIMIT) {
				labels.clear();
			}
			tokens = analyse(field, label);
			labels.put(label, tokens);
		}
		return tokens;
	}

	private static Tokens analyse(String field, String label) {
		List<String> terms = new ArrayList<>();
		List<int[]> places = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream(field, label)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
				places.add(new int[] { increment.getPositionIncrement(), offset.startOffset(), offset.endOffset() });
			}
			stream.end();
			return new Tokens(terms.toArray(String[]::new), places.toArray(int[][]::new),
					increment.getPositionIncrement(), offset.endOffset());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A label's tokens, and the position increment and offset of its end. */
	private record Tokens(String[] terms, int[][] places, int endIncrement, int endOffset) {
	}

	/** The recorded tokens of a label, given again. */
	private static final class Replay extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private Tokens tokens;

		private int next;

		@Override
		public boolean incrementToken() {
			if (this.next >= this.tokens.terms.length) {
				return false;
			}
			clearAttributes();
			int[] place = this.tokens.places[this.next];
			this.term.setEmpty().append(this.tokens.terms[this.next]);
			this.increment.setPositionIncrement(place[0]);
			this.offset.setOffset(place[1], place[2]);
			this.next++;
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			this.increment.setPositionIncrement(this.tokens.endIncrement);
			this.offset.setOffset(this.tokens.endOffset, this.tokens.endOffset);
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = 0;
		}

	}

}

package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.index.ImportedService;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the hits of each part of stepped care (the parts of {@code Filters.segments}, in
 * the same order) in one pass over the hits, reading each hit's level and area codes from
 * doc values, instead of running the query once per part; optionally counts the hits per
 * theme in the same pass. The pass stops after {@code cap} hits: words found in tens of
 * thousands of services are not counted to the end (the counts are then those of the
 * first hits, in index order, and {@link Result#complete()} is false).
 */
final class PartCounts implements CollectorManager<PartCounts.Counter, PartCounts.Result> {

	private static final String[] LEVELS = { "QUARTIER", "COMMUNE", "BASSIN" };

	private final String[] codes;

	private final boolean placeKnown;

	private final boolean browsing;

	private final int parts;

	private final boolean themes;

	private final long cap;

	/**
	 * @param request the search
	 * @param browsing no words: the services covering the place are counted level by
	 * level
	 * @param parts how many parts {@code segments} made
	 * @param themes whether to count the hits per theme too
	 * @param cap hits counted at most
	 */
	PartCounts(SearchRequest request, boolean browsing, int parts, boolean themes, long cap) {
		this.codes = new String[] { request.quartier(), request.commune(), request.bassin() };
		this.placeKnown = request.placeKnown();
		this.browsing = browsing;
		this.parts = parts;
		this.themes = themes;
		this.cap = cap;
	}

	/**
	 * Hits per part, and per theme code when asked.
	 *
	 * @param complete whether every hit was counted (fewer than the cap)
	 */
	record Result(long[] parts, Map<String, Long> themes, boolean complete) {

		long total() {
			return java.util.Arrays.stream(this.parts).sum();
		}

	}

	@Override
	public Counter newCollector() {
		return new Counter();
	}

	@Override
	public Result reduce(Collection<Counter> counters) {
		long[] all = new long[this.parts];
		Map<String, Long> themes = new HashMap<>();
		boolean complete = true;
		for (Counter counter : counters) {
			complete &= !counter.capped;
			for (int i = 0; i < all.length; i++) {
				all[i] += counter.counts[i];
			}
			counter.themes.forEach((code, n) -> themes.merge(code, n, Long::sum));
		}
		return new Result(all, themes, complete);
	}

	/**
	 * The part of a hit at {@code level} (0-2 quartier to bassin, 3 region, 4 an area the
	 * directory cannot read, -1 none), {@code covers} when its codes hold the person's
	 * code at that level.
	 */
	private int part(int level, boolean covers) {
		if (!this.placeKnown) {
			return (this.browsing && level != 3 && level != 4) ? 1 : 0;
		}
		int known = 0;
		for (String code : this.codes) {
			if (code != null) {
				known++;
			}
		}
		// The part of the services that may cover the place (always one: an area the
		// directory cannot read may be anywhere), then the others.
		int covering = this.browsing ? known + 1 : 1;
		int others = covering + 1;
		if (level == 3) {
			return this.browsing ? known : 0;
		}
		if (level == 4) {
			return covering;
		}
		if (level < 0) {
			return others;
		}
		if (this.codes[level] == null) {
			return covering;
		}
		if (!covers) {
			return others;
		}
		if (!this.browsing) {
			return 0;
		}
		int index = 0;
		for (int i = 0; i < level; i++) {
			if (this.codes[i] != null) {
				index++;
			}
		}
		return index;
	}

	final class Counter implements Collector {

		final long[] counts = new long[PartCounts.this.parts];

		final Map<String, Long> themes = new HashMap<>();

		long counted;

		boolean capped;

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			if (this.capped) {
				throw new CollectionTerminatedException();
			}
			SortedDocValues level = DocValues.getSorted(context.reader(), "level");
			SortedSetDocValues codes = DocValues.getSortedSet(context.reader(), "code");
			SortedSetDocValues themeValues = PartCounts.this.themes ? DocValues.getSortedSet(context.reader(), "theme")
					: null;
			// The level of each ord, and the ord of the person's code at each level.
			int[] levelOfOrd = new int[level.getValueCount()];
			for (int ord = 0; ord < levelOfOrd.length; ord++) {
				String name = level.lookupOrd(ord).utf8ToString();
				levelOfOrd[ord] = name.equals("REGION") ? 3
						: name.equals(ImportedService.UNKNOWN_AREA) ? 4 : java.util.List.of(LEVELS).indexOf(name);
			}
			long[] codeOrd = new long[3];
			for (int i = 0; i < 3; i++) {
				String code = PartCounts.this.codes[i];
				codeOrd[i] = (code != null) ? codes.lookupTerm(new BytesRef(code)) : -1;
			}
			long[] perTheme = (themeValues != null) ? new long[(int) themeValues.getValueCount()] : null;
			return new LeafCollector() {

				private boolean finished;

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) throws IOException {
					if (++Counter.this.counted > PartCounts.this.cap) {
						Counter.this.capped = true;
						finish();
						throw new CollectionTerminatedException();
					}
					int at = level.advanceExact(doc) ? levelOfOrd[level.ordValue()] : -1;
					boolean covers = false;
					if (at >= 0 && at < 3 && codeOrd[at] >= 0 && codes.advanceExact(doc)) {
						for (int i = 0; i < codes.docValueCount() && !covers; i++) {
							covers = codes.nextOrd() == codeOrd[at];
						}
					}
					Counter.this.counts[part(at, covers)]++;
					if (perTheme != null && themeValues.advanceExact(doc)) {
						for (int i = 0; i < themeValues.docValueCount(); i++) {
							perTheme[(int) themeValues.nextOrd()]++;
						}
					}
				}

				@Override
				public void finish() throws IOException {
					if (perTheme != null && !this.finished) {
						this.finished = true;
						for (int ord = 0; ord < perTheme.length; ord++) {
							if (perTheme[ord] > 0) {
								Counter.this.themes.merge(themeValues.lookupOrd(ord).utf8ToString(), perTheme[ord],
										Long::sum);
							}
						}
					}
				}

			};
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}

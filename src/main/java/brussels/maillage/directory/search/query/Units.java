package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The searched units of typed text (a word, or a thesaurus mention), split into those a
 * service must hold enough of (the core, with its minimum that should match) and those
 * that only rank. A word found in a large share of the services ("aide", "zorg", "help"
 * in a directory of help) says little of the need: it ranks, but is not needed to reach
 * the minimum when the text holds rarer words; a cost or time word ({@link Intents})
 * ranks at half weight, and finds a service only in the lower tier ({@code Backfill})
 * unless it is all that was typed.
 */
final class Units {

	/** Share of the services above which a word is common. */
	static final double COMMON_SHARE = 0.25;

	/** Weight of a cost or time word against the words of the need. */
	static final float OPTIONAL_WEIGHT = 0.5f;

	/** Weight of the place read in the text found in a service's name. */
	static final float PLACE_NAME_WEIGHT = 2f;

	private final int services;

	private final List<Query> rare = new ArrayList<>();

	private final List<Query> common = new ArrayList<>();

	private final List<Query> optional = new ArrayList<>();

	/** Units of a search over {@code services} services. */
	Units(int services) {
		this.services = services;
	}

	void add(Query unit, boolean intent) {
		if (intent) {
			this.optional.add(unit);
		}
		else if (this.services > 0 && docFreq(unit) > COMMON_SHARE * this.services) {
			this.common.add(unit);
		}
		else {
			this.rare.add(unit);
		}
	}

	/**
	 * The units of the need a service must hold enough of: the rare ones; all the words
	 * of the need when none is rare; the cost and time words when they are all that was
	 * typed.
	 */
	List<Query> needed() {
		if (!this.rare.isEmpty()) {
			return this.rare;
		}
		return this.common.isEmpty() ? this.optional : this.common;
	}

	/**
	 * The units a match is made of: the needed ones; when any one word is enough
	 * ({@code relaxed}), also the cost and time words at lower weight (a service holding
	 * only those comes after the services holding the need's words: {@code Backfill}).
	 */
	List<Query> core(boolean relaxed) {
		List<Query> core = new ArrayList<>(needed());
		if (relaxed && needed() != this.optional) {
			this.optional.forEach((unit) -> core.add(new BoostQuery(unit, OPTIONAL_WEIGHT)));
		}
		return core;
	}

	/**
	 * The units that only rank: the common words when rarer words are needed; the cost
	 * and time words at lower weight unless they are in the core.
	 */
	List<Query> ranking(boolean relaxed) {
		List<Query> ranking = new ArrayList<>((needed() == this.rare) ? this.common : List.of());
		if (!relaxed && needed() != this.optional) {
			this.optional.forEach((unit) -> ranking.add(new BoostQuery(unit, OPTIONAL_WEIGHT)));
		}
		return ranking;
	}

	/** Whether cost or time words only rank (any one word would find more). */
	boolean optionalRanks() {
		return !this.optional.isEmpty() && needed() != this.optional;
	}

	/**
	 * The place read in the text as words of a service's name (every word, exact form),
	 * or {@code null}: it ranks the services named after the place, it finds none.
	 */
	static Query placeName(String placeWords, IndexSearcher searcher) throws IOException {
		if (placeWords == null) {
			return null;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		List<String> words = Words.of(placeWords).stream().filter((word) -> !Words.isStop(word)).toList();
		for (String word : words) {
			Term term = new Term("name" + Analysis.EXACT, word);
			TermStates states = LiveTerms.states(searcher, term);
			if (states.docFreq() == 0) {
				return null;
			}
			all.add(new TermQuery(term, states), BooleanClause.Occur.MUST);
		}
		return words.isEmpty() ? null : new BoostQuery(all.build(), PLACE_NAME_WEIGHT / words.size());
	}

	/**
	 * How many services a unit finds at most: the largest of its terms' counts (a term of
	 * several words: the smallest of its words').
	 */
	static int docFreq(Query query) {
		if (query instanceof TermQuery term) {
			return (term.getTermStates() != null) ? term.getTermStates().docFreq() : 0;
		}
		if (query instanceof BoostQuery boost) {
			return docFreq(boost.getQuery());
		}
		if (query instanceof DisjunctionMaxQuery any) {
			return any.getDisjuncts().stream().mapToInt(Units::docFreq).max().orElse(0);
		}
		if (query instanceof BooleanQuery all) {
			return all.clauses()
				.stream()
				.filter((clause) -> clause.occur() == BooleanClause.Occur.MUST)
				.mapToInt((clause) -> docFreq(clause.query()))
				.min()
				.orElse(0);
		}
		return 0;
	}

}

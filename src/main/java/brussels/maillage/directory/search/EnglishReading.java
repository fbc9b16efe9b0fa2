package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * What {@link WordQueries} reads of English in one typed text (issue 17), word by word:
 * the thesaurus mentions with English plurals ({@link EnglishWords#mentions}), the words
 * of every kind of help that only rank ("support", "counselling",
 * {@link EnglishWords#isGeneric}), English wished as the service's language
 * ({@link SpokenEnglish}: the services that record it rank higher), and the words after
 * "for" that say whom the help is for, which weigh less than the words of the help.
 */
final class EnglishReading {

	/**
	 * Weight of the units after "for" that say whom the help is for ("meals on wheels for
	 * elderly people"), against the units of the help before it.
	 */
	static final float QUALIFIER_WEIGHT = 0.6f;

	private final List<String> words;

	private final List<Thesaurus.Mention> mentions;

	private final boolean[] wished;

	private final Thesaurus thesaurus;

	/** How many units were read. */
	private int units;

	/** Whether the units read from now on say whom the help is for. */
	private boolean qualifying;

	EnglishReading(Thesaurus thesaurus, List<String> words) {
		this.words = words;
		this.mentions = EnglishWords.mentions(thesaurus, words);
		this.wished = SpokenEnglish.wished(words);
		this.thesaurus = thesaurus;
	}

	/** The thesaurus mentions in the words, in order. */
	List<Thesaurus.Mention> mentions() {
		return this.mentions;
	}

	/**
	 * Reads the word at {@code i} (not in a mention); whether it only ranks: a word of
	 * every kind of help ("support", "counselling").
	 */
	boolean optional(int i) {
		String word = this.words.get(i);
		this.qualifying |= this.units > 0 && word.equals("for");
		return EnglishWords.isGeneric(word);
	}

	/**
	 * Whether a mention only ranks: one English word of every kind of help ("support",
	 * "counselling"), or cost or time words ({@link Intents}).
	 */
	boolean optional(Thesaurus.Mention mention, Intents.Read read) {
		boolean generic = mention.end() - mention.start() == 1 && EnglishWords.isGeneric(mention.typed());
		return generic || (read.optional(mention.start()) && read.optional(mention.end() - 1));
	}

	/** A unit of the query, at a lower weight when it says whom the help is for. */
	Query unit(Query unit) {
		this.units++;
		return this.qualifying ? new BoostQuery(unit, QUALIFIER_WEIGHT) : unit;
	}

	/**
	 * The intents' boosts, the wish for English ({@link SpokenEnglish#boost}) and the
	 * place of a profession named in English ({@link EnglishWorkplaces}).
	 */
	List<Query> boosts(List<Query> intents) {
		List<Query> boosts = new ArrayList<>(intents);
		Query spoken = SpokenEnglish.boost(this.wished);
		if (spoken != null) {
			boosts.add(spoken);
		}
		Query place = EnglishWorkplaces.boost(this.thesaurus, this.words, this.mentions);
		if (place != null) {
			boosts.add(place);
		}
		return (boosts.size() == intents.size()) ? intents : boosts;
	}

}

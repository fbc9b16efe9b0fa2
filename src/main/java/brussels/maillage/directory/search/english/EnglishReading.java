package brussels.maillage.directory.search.english;

import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Thesaurus;

import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * What {@code query.WordQueries} reads of English in one typed text (issue 17), word by
 * word: the thesaurus mentions with English plurals ({@link EnglishWords#mentions}), the
 * words of every kind of help that only rank ("support", "counselling",
 * {@link EnglishWords#isGeneric}), English wished as the service's language
 * ({@link SpokenEnglish}: the services that record it rank higher), and the words after
 * "for" that say whom the help is for, which weigh less than the words of the help.
 */
public final class EnglishReading {

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

	/** The mention whose unit is read next, or {@code null} for a word's. */
	private Thesaurus.Mention pending;

	/** The mentions of the help (before "for") that do not only rank, and their units. */
	private final List<Thesaurus.Mention> help = new ArrayList<>();

	private final List<Query> helpUnits = new ArrayList<>();

	/** The units saying whom the help is for. */
	private final List<Query> whom = new ArrayList<>();

	/** The unit of a topic typed before a line ("suicide hotline"), and the line's. */
	private Query topic;

	private Query line;

	public EnglishReading(Thesaurus thesaurus, List<String> words) {
		this.words = words;
		this.mentions = EnglishLines.split(thesaurus, words, EnglishWords.mentions(thesaurus, words));
		this.wished = SpokenEnglish.wished(words);
		this.thesaurus = thesaurus;
	}

	/** The thesaurus mentions in the words, in order. */
	public List<Thesaurus.Mention> mentions() {
		return this.mentions;
	}

	/**
	 * Reads the word at {@code i} (not in a mention); whether it only ranks: a word of
	 * every kind of help ("support", "counselling").
	 */
	public boolean optional(int i) {
		String word = this.words.get(i);
		this.qualifying |= this.units > 0 && word.equals("for");
		this.pending = null;
		return EnglishWords.isGeneric(word);
	}

	/**
	 * Whether a mention only ranks: one English word of every kind of help ("support",
	 * "counselling"), cost or time words ({@link Intents}), or "rehab" beside an
	 * addiction ({@link EnglishRehab}).
	 */
	public boolean optional(Thesaurus.Mention mention, Intents.Read read) {
		boolean generic = mention.end() - mention.start() == 1 && EnglishWords.isGeneric(mention.typed());
		boolean optional = generic || (read.optional(mention.start()) && read.optional(mention.end() - 1))
				|| EnglishRehab.besideAnAddiction(this.thesaurus, this.mentions, mention);
		this.pending = optional ? null : mention;
		return optional;
	}

	/** A unit of the query, at a lower weight when it says whom the help is for. */
	public Query unit(Query unit) {
		this.units++;
		Thesaurus.Mention mention = this.pending;
		this.pending = null;
		if (this.qualifying) {
			this.whom.add(unit);
		}
		else if (mention != null && EnglishLines.afterTopic(this.thesaurus, this.mentions, mention)) {
			this.line = unit;
		}
		else if (mention != null) {
			this.help.add(mention);
			this.helpUnits.add(unit);
			boolean beforeLine = this.mentions.stream()
				.anyMatch((other) -> other.start() == mention.end()
						&& EnglishLines.afterTopic(this.thesaurus, this.mentions, other));
			if (beforeLine) {
				this.topic = unit;
			}
		}
		return this.qualifying ? new BoostQuery(unit, QUALIFIER_WEIGHT) : unit;
	}

	/**
	 * The intents' boosts, the wish for English ({@link SpokenEnglish#boost}) and the
	 * place of a profession named in English ({@link EnglishWorkplaces}).
	 */
	public List<Query> boosts(List<Query> intents) {
		List<Query> boosts = new ArrayList<>(intents);
		Query spoken = SpokenEnglish.boost(this.wished);
		if (spoken != null) {
			boosts.add(spoken);
		}
		Query place = EnglishWorkplaces.boost(this.thesaurus, this.words, this.mentions);
		if (place != null) {
			boosts.add(place);
		}
		Query careFor = EnglishCareFor.boost(this.thesaurus, this.help, this.helpUnits, this.whom);
		if (careFor != null) {
			boosts.add(careFor);
		}
		Query therapy = EnglishTherapies.boost(this.thesaurus, this.mentions);
		if (therapy != null) {
			boosts.add(therapy);
		}
		if (this.topic != null && this.line != null) {
			boosts.add(EnglishLines.boost(this.topic, this.line));
		}
		return (boosts.size() == intents.size()) ? intents : boosts;
	}

}

package brussels.maillage.directory.search.english;

import java.util.List;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.Thesaurus;

import org.apache.lucene.search.Query;

/**
 * What {@code query.WordQueries} asks of the English in one typed text, word by word,
 * read by the {@code english} package ({@code EnglishReading}), which uses the words'
 * thesaurus, intents and English words: the words consult English through this interface,
 * so that the two packages use each other one way.
 */
public interface TypedEnglish {

	/** The thesaurus mentions in the words, in order. */
	List<Thesaurus.Mention> mentions();

	/**
	 * Reads the word at {@code i} (not in a mention); whether it only ranks.
	 */
	boolean optional(int i);

	/** Whether a mention only ranks. */
	boolean optional(Thesaurus.Mention mention, Intents.Read read);

	/** A unit of the query, weighed as the English read says. */
	Query unit(Query unit);

	/** The intents' boosts, with those the English read adds. */
	List<Query> boosts(List<Query> intents);

}

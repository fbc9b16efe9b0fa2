package brussels.maillage.directory.search.english;

import java.util.List;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;

/**
 * A talking therapy asked in English (issue 17, session 21): "therapist who speaks
 * english", "arabic speaking psychologist", "couples therapy in english". "Therapy" is
 * also a word of physiotherapy and speech therapy ("kinésithérapie", "kinesitherapie"),
 * so the mental-health services (whose texts name psychologists, psychotherapy or mental
 * health) rank first; a language asked ({@code SpokenLanguages}) then ranks those offered
 * in it first among them, and is never read as a topic.
 */
final class EnglishTherapies {

	/** How much a mental-health service rises: above a wished language. */
	static final float BOOST = 8 * Intents.BOOST;

	/** A term of each talking therapy's thesaurus group. */
	private static final List<String> ANCHORS = List.of("psycholoog", "psychotherapeut");

	/** How mental-health services write what they are, in French and Dutch. */
	private static final List<String> WRITTEN = List.of("psychologue", "psychologues", "psychologie",
			"accompagnement psychologique", "psycholoog", "psychologen", "psychotherapie", "psychotherapies",
			"psychotherapeute", "psychotherapeutiques", "psychotherapeut", "psychiatre", "psychiatres", "psychiatrique",
			"psychiatriques", "psychiater", "psychiaters", "sante mentale", "geestelijke gezondheidszorg",
			"psychotherapy", "counselling");

	private EnglishTherapies() {
	}

	/**
	 * The boost of the mental-health services, or {@code null} when none is asked in
	 * English.
	 */
	static Query boost(Thesaurus thesaurus, List<Thesaurus.Mention> mentions) {
		boolean asked = mentions.stream()
			.anyMatch(
					(mention) -> Words.of(mention.typed()).stream().allMatch(EnglishWords::isKnown) && ANCHORS.stream()
						.anyMatch((anchor) -> thesaurus.terms(mention.group()).contains(List.of(anchor))));
		if (!asked) {
			return null;
		}
		BooleanQuery.Builder written = new BooleanQuery.Builder();
		for (String term : WRITTEN) {
			written.add(EnglishLines.exact("body", Words.of(term)), Occur.SHOULD);
			written.add(EnglishLines.exact("name", Words.of(term)), Occur.SHOULD);
		}
		return new BoostQuery(new ConstantScoreQuery(written.build()), BOOST);
	}

}

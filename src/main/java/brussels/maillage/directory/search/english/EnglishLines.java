package brussels.maillage.directory.search.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Thesaurus;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A telephone line of a topic asked in English (issue 17, session 21): "domestic violence
 * helpline", "suicide hotline", "drug helpline". The lines of the topic (a listening
 * line, a chat, a number) rank first, well above the topic's other services and the
 * listening lines of other topics, which are still found (a crisis line for "suicide
 * hotline"). A thesaurus term naming one known line ("drug helpline" for the Flemish
 * DrugLijn) is read as its topic and a line, so the lines of the topic written otherwise
 * are found.
 */
final class EnglishLines {

	/**
	 * How much a line of the topic rises above the topic's other services.
	 */
	static final float BOOST = 10 * Intents.BOOST;

	/** The English words of a telephone line, typed after its topic. */
	private static final Set<String> LINES = Set.of("helpline", "helplines", "hotline", "hotlines");

	/** A term of the listening lines' thesaurus group. */
	private static final String ANCHOR = "helpline";

	/**
	 * How services write that they are a line, besides the group's terms: a line, a
	 * number, a chat, by telephone.
	 */
	private static final List<String> WRITTEN = List.of("ligne", "lijn", "chat", "telephone", "telefoon", "telefonisch",
			"numero", "nummer");

	private EnglishLines() {
	}

	/**
	 * The mentions with a topic and a line typed as one thesaurus term ("drug helpline")
	 * read as the topic's mention and the line's.
	 */
	static List<Thesaurus.Mention> split(Thesaurus thesaurus, List<String> words, List<Thesaurus.Mention> mentions) {
		List<Thesaurus.Mention> read = new ArrayList<>();
		for (Thesaurus.Mention mention : mentions) {
			int last = mention.end() - 1;
			if (mention.end() - mention.start() < 2 || !LINES.contains(words.get(last))) {
				read.add(mention);
				continue;
			}
			List<Thesaurus.Mention> topic = EnglishWords.mentions(thesaurus, words.subList(mention.start(), last));
			List<Thesaurus.Mention> line = thesaurus.find(List.of(words.get(last)));
			boolean whole = topic.size() == 1 && topic.get(0).start() == 0
					&& topic.get(0).end() == last - mention.start();
			if (!whole || line.size() != 1 || !isLine(thesaurus, line.get(0))) {
				read.add(mention);
				continue;
			}
			Thesaurus.Mention found = topic.get(0);
			read.add(new Thesaurus.Mention(mention.start(), last, found.group(), found.typed()));
			read.add(new Thesaurus.Mention(last, mention.end(), line.get(0).group(), words.get(last)));
		}
		return read;
	}

	/** Whether a mention names a listening line. */
	static boolean isLine(Thesaurus thesaurus, Thesaurus.Mention mention) {
		return thesaurus.terms(mention.group()).contains(List.of(ANCHOR));
	}

	/**
	 * Whether the mention is a line typed just after a topic ("suicide hotline").
	 */
	static boolean afterTopic(Thesaurus thesaurus, List<Thesaurus.Mention> mentions, Thesaurus.Mention mention) {
		return isLine(thesaurus, mention) && LINES.contains(mention.typed())
				&& mentions.stream().anyMatch((other) -> other.end() == mention.start() && !isLine(thesaurus, other));
	}

	/**
	 * The boost of the services that are a line of the topic, or {@code null}.
	 * @param topic the unit of the topic typed before the line
	 * @param line the line's unit
	 */
	static Query boost(Query topic, Query line) {
		BooleanQuery.Builder lines = new BooleanQuery.Builder().add(line, Occur.SHOULD);
		for (String word : WRITTEN) {
			lines.add(exact("body", List.of(word)), Occur.SHOULD);
			lines.add(exact("name", List.of(word)), Occur.SHOULD);
		}
		Query both = new BooleanQuery.Builder().add(topic, Occur.MUST).add(lines.build(), Occur.MUST).build();
		return new BoostQuery(new ConstantScoreQuery(both), BOOST);
	}

	/** A term in a field's exact words. */
	static Query exact(String field, List<String> term) {
		if (term.size() == 1) {
			return new TermQuery(new Term(field + Analysis.EXACT, term.get(0)));
		}
		return new PhraseQuery(1, field + Analysis.EXACT, term.toArray(String[]::new));
	}

}

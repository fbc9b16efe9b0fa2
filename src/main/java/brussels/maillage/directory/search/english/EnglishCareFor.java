package brussels.maillage.directory.search.english;

import java.util.List;
import java.util.Map;

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
 * A profession asked for a population in English (issue 17, session 21): "doctor for
 * undocumented migrants", "dentist for people without insurance", "psychologist for
 * refugees". The services for that population that give that care (free consultations for
 * people without papers, a mental-health team for exiles) rank above the services of the
 * profession that do not name the population ({@link EnglishWorkplaces}) and above the
 * services that serve the population without the care. A doctor's care is also written as
 * the consultations it gives ("consultations médicales", "aide médicale urgente" obtained
 * at the CPAS).
 */
final class EnglishCareFor {

	/**
	 * How much a service giving the care to the population rises: above the place of a
	 * profession ({@link EnglishWorkplaces#BOOST}).
	 */
	static final float BOOST = 5 * Intents.BOOST;

	/**
	 * A term of each profession's thesaurus group, and how services also write the care
	 * of that profession.
	 */
	private static final Map<String, List<String>> PROFESSIONS = Map.of("huisarts",
			List.of("consultations medicales", "consultation medicale", "aide medicale urgente",
					"medische consultaties", "dringende medische hulp"),
			"tandarts", List.of("soins dentaires"), "advocaat", List.of(), "psycholoog",
			List.of("accompagnement psychologique", "consultations psychologiques", "psychologische begeleiding"),
			"psychotherapeut", List.of(), "verpleegkundige", List.of("soins infirmiers"), "maatschappelijk werker",
			List.of());

	private EnglishCareFor() {
	}

	/**
	 * The boost of the services giving the help to whom it is for, or {@code null} when
	 * no profession typed in English is asked for somebody.
	 * @param help the mentions before "for", with their units ({@code helpUnits})
	 * @param whom the units after "for"
	 */
	static Query boost(Thesaurus thesaurus, List<Thesaurus.Mention> help, List<Query> helpUnits, List<Query> whom) {
		if (whom.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder care = new BooleanQuery.Builder();
		boolean profession = false;
		for (int i = 0; i < help.size(); i++) {
			Thesaurus.Mention mention = help.get(i);
			List<List<String>> terms = thesaurus.terms(mention.group());
			for (Map.Entry<String, List<String>> entry : PROFESSIONS.entrySet()) {
				if (terms.contains(Words.of(entry.getKey()))
						&& Words.of(mention.typed()).stream().allMatch(EnglishWords::isKnown)) {
					profession = true;
					care.add(helpUnits.get(i), Occur.SHOULD);
					for (String written : entry.getValue()) {
						care.add(EnglishLines.exact("body", Words.of(written)), Occur.SHOULD);
					}
				}
			}
		}
		if (!profession) {
			return null;
		}
		BooleanQuery.Builder forWhom = new BooleanQuery.Builder();
		whom.forEach((unit) -> forWhom.add(unit, Occur.SHOULD));
		Query both = new BooleanQuery.Builder().add(care.build(), Occur.MUST).add(forWhom.build(), Occur.MUST).build();
		return new BoostQuery(new ConstantScoreQuery(both), BOOST);
	}

}

package brussels.maillage.directory.search.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The kind of place an English word for a profession means (issue 17, session 21): in
 * Brussels, "gp", "doctor" or "family doctor" is asked of a general practice, and general
 * practices present themselves as a place (maison médicale, wijkgezondheidscentrum,
 * centre de santé) whose text names its general practitioners. A service that only
 * mentions doctors (a palliative team working with "le médecin généraliste", a
 * coordination meeting "le médecin traitant") holds the same words; so, when the
 * profession is typed in English, the services named as such a place whose texts name the
 * profession rank higher, as a wished language does ({@link Intents#BOOST}). The French
 * and Dutch words (huisarts, médecin généraliste) are read as before.
 */
final class EnglishWorkplaces {

	/**
	 * How much a service named as the place of the profession rises: above a wished
	 * language ({@link Intents#BOOST}), since the place is what is asked.
	 */
	static final float BOOST = 2 * Intents.BOOST;

	/**
	 * A term of each profession's thesaurus group, with a term of the group naming the
	 * place where it is practised.
	 */
	private static final Map<String, String> PLACES = Map.of("huisarts", "wijkgezondheidscentrum");

	/**
	 * Other names of the places, as services write them in their names: searched as a
	 * phrase of the name, since their words are common apart ("centre de santé").
	 */
	private static final Map<String, List<String>> NAMES = Map.of("wijkgezondheidscentrum",
			List.of("centre de sante", "gezondheidscentrum"));

	/**
	 * Other names of the professions' work, as services write it in their texts
	 * ("médecine générale au forfait"): a theme's label, not a thesaurus term of the
	 * profession.
	 */
	private static final Map<String, List<String>> PRACTICE = Map.of("huisarts",
			List.of("medecine generale", "huisartsgeneeskunde", "general practice"));

	private EnglishWorkplaces() {
	}

	/**
	 * What the English professions named in the words add to a query, or {@code null}.
	 */
	static Query boost(Thesaurus thesaurus, List<String> words, List<Thesaurus.Mention> mentions) {
		List<Query> places = new ArrayList<>();
		// After "for", the words say whom or what the help is for ("interpreter for a
		// doctor's appointment"): no place is asked there.
		int qualifier = (words.size() < 2) ? 0 : words.subList(1, words.size()).indexOf("for") + 1;
		for (Thesaurus.Mention mention : mentions) {
			boolean qualifying = qualifier > 0 && mention.start() > qualifier;
			if (qualifying || !english(words.subList(mention.start(), mention.end()))) {
				continue;
			}
			List<List<String>> terms = thesaurus.terms(mention.group());
			for (Map.Entry<String, String> entry : PLACES.entrySet()) {
				if (terms.contains(List.of(entry.getKey()))) {
					List<List<String>> practised = new ArrayList<>(terms);
					PRACTICE.get(entry.getKey()).forEach((name) -> practised.add(Words.of(name)));
					Query place = place(thesaurus, practised, entry.getValue());
					if (place != null) {
						places.add(place);
					}
				}
			}
		}
		if (places.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		places.forEach((place) -> any.add(place, Occur.SHOULD));
		return new BoostQuery(new ConstantScoreQuery(any.build()), BOOST);
	}

	/** Whether the typed words are English ({@link EnglishWords#isKnown}). */
	private static boolean english(List<String> typed) {
		return typed.stream().allMatch(EnglishWords::isKnown);
	}

	/**
	 * The services whose name holds a term of the place's group and whose name or text
	 * holds a term of the profession's group ({@code profession}).
	 */
	private static Query place(Thesaurus thesaurus, List<List<String>> profession, String anchor) {
		List<Thesaurus.Mention> found = thesaurus.find(List.of(anchor));
		if (found.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder named = new BooleanQuery.Builder();
		for (List<String> term : thesaurus.terms(found.get(0).group())) {
			named.add(exact("name", term), Occur.SHOULD);
		}
		for (String name : NAMES.getOrDefault(anchor, List.of())) {
			named.add(exact("name", Words.of(name)), Occur.SHOULD);
		}
		BooleanQuery.Builder practised = new BooleanQuery.Builder();
		for (List<String> term : profession) {
			practised.add(exact("body", term), Occur.SHOULD);
			practised.add(exact("name", term), Occur.SHOULD);
		}
		return new BooleanQuery.Builder().add(named.build(), Occur.MUST).add(practised.build(), Occur.MUST).build();
	}

	/**
	 * A term in a field's exact words, its last word also in the plural ("médecins
	 * généralistes", "huisartsen" are written as often as the singular).
	 */
	private static Query exact(String field, List<String> term) {
		BooleanQuery.Builder forms = new BooleanQuery.Builder();
		for (String last : List.of(term.get(term.size() - 1), term.get(term.size() - 1) + "s")) {
			List<String> words = new ArrayList<>(term.subList(0, term.size() - 1));
			words.add(last);
			if (words.size() == 1) {
				forms.add(new TermQuery(new Term(field + Analysis.EXACT, last)), Occur.SHOULD);
			}
			else {
				forms.add(new PhraseQuery(1, field + Analysis.EXACT, words.toArray(String[]::new)), Occur.SHOULD);
			}
		}
		return forms.build();
	}

}

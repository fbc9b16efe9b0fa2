package brussels.maillage.directory.search.intents;

import java.util.List;
import java.util.Set;

import brussels.maillage.directory.search.words.Words;

/**
 * A carer's sentence ("ik zorg voor mijn zieke man", "i look after my disabled son", "je
 * m'occupe de ma mère malade") names no service: the help sought is the support of carers
 * (the thesaurus's "aidant proche", "mantelzorger", "carer"). The verb of looking after,
 * followed within a few words by a possessive and a word of illness, disability or old
 * age, is read as the carer's word of its language. Without the possessive ("zorg voor
 * ouderen": care of older people) or the illness ("ik zorg voor mijn kinderen"), the
 * words stay as typed.
 */
final class CarerWords {

	/** Verbs of looking after someone, and the carer's word they are read as. */
	private static final List<Verb> VERBS = List.of(new Verb(List.of("zorg", "voor"), "mantelzorger"),
			new Verb(List.of("zorgt", "voor"), "mantelzorger"), new Verb(List.of("zorgen", "voor"), "mantelzorger"),
			new Verb(List.of("verzorg"), "mantelzorger"), new Verb(List.of("verzorgt"), "mantelzorger"),
			new Verb(List.of("look", "after"), "carer"), new Verb(List.of("looks", "after"), "carer"),
			new Verb(List.of("looking", "after"), "carer"), new Verb(List.of("care", "for"), "carer"),
			new Verb(List.of("caring", "for"), "carer"), new Verb(List.of("take", "care", "of"), "carer"),
			new Verb(List.of("taking", "care", "of"), "carer"), new Verb(List.of("occupe", "de"), "aidant"),
			new Verb(List.of("occupe", "du"), "aidant"), new Verb(List.of("occupe", "d"), "aidant"));

	private static final Set<String> POSSESSIVES = Set.of("mijn", "zijn", "haar", "onze", "my", "his", "her", "our",
			"mon", "ma", "mes", "son", "sa", "ses", "notre", "nos");

	/** Words of illness, disability or old age of the person looked after. */
	private static final Set<String> ILL = Set.of("zieke", "ziek", "gehandicapte", "gehandicapt", "dementerende",
			"demente", "dementie", "bedlegerige", "zorgbehoevende", "hulpbehoevende", "bejaarde", "sick", "ill",
			"disabled", "handicapped", "elderly", "bedridden", "dementia", "alzheimer", "alzheimers", "malade",
			"malades", "handicape", "handicapee", "agee", "grabataire", "invalide", "dependant", "dependante");

	/**
	 * Words of exhaustion, and the carer's word they are read as when the text names a
	 * relative's illness ("my mum has dementia and i'm exhausted", "mon mari a Alzheimer,
	 * je suis épuisée"): the carer tells the strain of caring (session 23).
	 */
	private static final List<Verb> EXHAUSTED = List.of(new Verb(List.of("exhausted"), "carer"),
			new Verb(List.of("worn", "out"), "carer"), new Verb(List.of("epuise"), "aidant"),
			new Verb(List.of("epuisee"), "aidant"), new Verb(List.of("uitgeput"), "mantelzorger"),
			new Verb(List.of("overbelast"), "mantelzorger"));

	/** How many words after the verb the possessive and the illness are looked for. */
	private static final int REACH = 5;

	private CarerWords() {
	}

	/**
	 * Replaces in {@code words} a verb of looking after a sick relative, or a word of
	 * exhaustion beside a relative's illness, by the carer's word.
	 */
	static void read(List<String> words) {
		boolean told = words.stream().anyMatch(POSSESSIVES::contains) && words.stream().anyMatch(ILL::contains);
		for (int i = 0; i < words.size(); i++) {
			for (Verb tired : told ? EXHAUSTED : List.<Verb>of()) {
				int end = i + tired.words().size();
				if (end <= words.size() && words.subList(i, end).equals(tired.words())) {
					words.subList(i, end).clear();
					words.add(i, tired.carer());
					break;
				}
			}
			for (Verb verb : VERBS) {
				int end = i + verb.words().size();
				if (end <= words.size() && words.subList(i, end).equals(verb.words())
						&& hasAll(words.subList(end, Math.min(words.size(), end + REACH)))) {
					words.subList(i, end).clear();
					words.add(i, verb.carer());
					break;
				}
			}
		}
	}

	private static boolean hasAll(List<String> after) {
		return !after.isEmpty() && POSSESSIVES.contains(after.get(0)) && after.stream().anyMatch(ILL::contains);
	}

	private record Verb(List<String> words, String carer) {
	}

}

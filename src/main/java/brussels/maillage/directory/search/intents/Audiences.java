package brussels.maillage.directory.search.intents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.directory.search.words.Words;

/**
 * Who the help is for, read in typed words: the groups a service can be meant for (the
 * directory's audience codes, {@code children} ... {@code migrants}, as the service form
 * and the HSDS extension {@code x_maillage_services.target_groups} record them), named as
 * people type them in French, Dutch and English ("ado", "personne âgée", "3e âge",
 * "jongeren", "senioren", "kids", "sans-papiers", a grandparent), and an age ("de 6 ans",
 * "van 6 jaar", "6-year-old", "âgé de 80 ans", "85-jarige", "de 12 à 18 ans").
 *
 * <p>
 * The table is grammar of the three languages, like the cost and night words of
 * {@link Intents}, not a vocabulary editors keep: it lives in code, next to its tests. A
 * group without a code of its own (women, people with a disability) is still read: its
 * words in the other languages rank the services that name it.
 */
public final class Audiences {

	/**
	 * A group: its audience code ({@code null} when the directory has none) and the words
	 * naming it in fr, nl and en (normalized words, see {@link Words#of(String)}).
	 */
	record Group(String key, String code, List<List<String>> words) {
	}

	static final List<Group> GROUPS = List.of(
			group("children", "children", "enfant", "enfants", "bebe", "bebes", "nourrisson", "nourrissons",
					"petite enfance", "jeune enfant", "jeunes enfants", "kind", "kinderen", "kindje", "kindjes",
					"kleuter", "kleuters", "peuter", "peuters", "baby", "babys", "zuigeling", "zuigelingen", "child",
					"children", "kid", "kids", "toddler", "toddlers", "infant", "infants"),
			group("youth", "youth", "ado", "ados", "adolescent", "adolescente", "adolescents", "adolescentes", "jeune",
					"jeunes", "jeunes adultes", "mineur", "mineurs", "jongere", "jongeren", "tiener", "tieners",
					"puber", "pubers", "jongvolwassene", "jongvolwassenen", "minderjarige", "minderjarigen", "youth",
					"young people", "young person", "young adults", "teen", "teens", "teenager", "teenagers", "minor",
					"minors"),
			group("adults", "adults", "adulte", "adultes", "volwassene", "volwassenen", "adult", "adults"),
			group("seniors", "seniors", "personne agee", "personnes agees", "agee", "agees", "senior", "seniors",
					"aine", "aines", "3e age", "3eme age", "troisieme age", "oudere", "ouderen", "bejaarde",
					"bejaarden", "senioren", "65 plussers", "65plussers", "elderly", "older people", "older person",
					"older adults", "old people", "pensioners", "grand mere", "grands meres", "grand pere",
					"grands peres", "grands parents", "mamie", "papy", "grootmoeder", "grootvader", "grootouders",
					"oma", "opa", "bomma", "bompa", "grandmother", "grandfather", "grandparents", "grandma", "grandpa"),
			group("families", "families", "famille", "familles", "parent", "parents", "parentalite", "maman", "mamans",
					"papa", "papas", "femme enceinte", "femmes enceintes", "gezin", "gezinnen", "ouders", "zwangere",
					"zwangeren", "family", "families", "parenting", "pregnant"),
			group("carers", "carers", "aidant", "aidants", "aidant proche", "aidants proches", "aidant proche",
					"mantelzorger", "mantelzorgers", "carer", "carers", "caregiver", "caregivers", "family carer"),
			group("homeless", "homeless", "sans abri", "sdf", "sans domicile", "sans logement", "dakloze", "daklozen",
					"dakloos", "thuisloze", "thuislozen", "homeless", "rough sleeper", "rough sleepers"),
			group("migrants", "migrants", "migrant", "migrants", "migrante", "migrantes", "sans papiers",
					"sans titre de sejour", "sejour irregulier", "zonder wettig verblijf", "demandeur d asile",
					"demandeurs d asile", "demandeuse d asile", "refugie", "refugies", "refugiee", "refugiees",
					"primo arrivant", "primo arrivants", "exile", "exiles", "migranten", "nieuwkomer", "nieuwkomers",
					"vluchteling", "vluchtelingen", "asielzoeker", "asielzoekers", "zonder papieren", "undocumented",
					"asylum seeker", "asylum seekers", "refugee", "refugees", "newcomers"),
			group("women", null, "femme", "femmes", "vrouw", "vrouwen", "woman", "women"),
			group("disability", null, "handicap", "handicape", "handicapes", "handicapee", "handicapees",
					"personne handicapee", "personnes handicapees", "porteur de handicap", "beperking", "handicap",
					"gehandicapt", "gehandicapte", "gehandicapten", "disability", "disabilities", "disabled"));

	/** Where a typed age ends: the words of a year of age, after the number. */
	private static final Set<String> YEARS = Set.of("an", "ans", "jaar", "jarig", "jarige", "jarigen", "year", "years",
			"yo", "yr", "yrs", "jr");

	/** A number and its unit typed as one word ("6ans", "80jarige"). */
	private static final Pattern GLUED = Pattern.compile("(\\d{1,3})(ans|an|jaar|jarige|jarigen|yo|yrs|yr|jr)");

	/** Words before an age that belong to it ("âgé de", "van", "aged", "entre"). */
	private static final Set<String> BEFORE = Set.of("de", "d", "van", "of", "age", "agee", "ages", "agees", "aged",
			"entre", "tussen", "between", "from", "vanaf", "dan", "than");

	/** Words of an upper or lower bound ("moins de 12 ans", "ouder dan 65 jaar"). */
	private static final Set<String> BELOW = Set.of("moins", "jonger", "under", "onder", "younger");

	private static final Set<String> ABOVE = Set.of("plus", "ouder", "over", "boven", "older");

	/** Between two numbers of a range ("de 3 à 6 ans", "12-18 jaar", "tussen 3 en 6"). */
	private static final Set<String> TO = Set.of("a", "au", "tot", "to", "et", "en", "and");

	/** The oldest age read. */
	static final int OLDEST = 120;

	private Audiences() {
	}

	/** An age or a range of ages, in years, both ends included. */
	record Ages(int from, int to) {
	}

	/**
	 * The age read in {@code words} and the words it took (removed from the words:
	 * "logopède pour un enfant de 6 ans" searches "logopède" and "enfant"), or
	 * {@code null}.
	 */
	static Ages readAge(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			int from;
			int to;
			int end;
			Matcher glued = GLUED.matcher(words.get(i));
			if (glued.matches()) {
				from = Integer.parseInt(glued.group(1));
				to = from;
				end = i + 1;
			}
			else if (number(words, i) >= 0) {
				from = number(words, i);
				to = from;
				end = i + 1;
				if (end + 1 < words.size() && TO.contains(words.get(end)) && number(words, end + 1) >= 0) {
					to = number(words, end + 1);
					end += 2;
				}
				else if (number(words, end) >= 0) {
					to = number(words, end);
					end++;
				}
				if (end >= words.size() || !YEARS.contains(words.get(end))) {
					continue;
				}
				end++;
				if (end < words.size() && words.get(end).equals("old")) {
					end++;
				}
				// "65 ans et plus", "65 jaar en ouder", "65 years and over".
				if (end + 1 < words.size() && TO.contains(words.get(end)) && ABOVE.contains(words.get(end + 1))) {
					to = OLDEST;
					end += 2;
				}
			}
			else {
				continue;
			}
			int start = i;
			while (start > 0 && BEFORE.contains(words.get(start - 1))) {
				start--;
			}
			if (start > 0 && BELOW.contains(words.get(start - 1))) {
				start--;
				to = Math.max(from - 1, 0);
				from = 0;
			}
			else if (start > 0 && ABOVE.contains(words.get(start - 1))) {
				start--;
				to = OLDEST;
			}
			if (from > to || from > OLDEST) {
				return null;
			}
			words.subList(start, end).clear();
			return new Ages(from, Math.min(to, OLDEST));
		}
		return null;
	}

	private static int number(List<String> words, int i) {
		if (i >= words.size()) {
			return -1;
		}
		String word = words.get(i);
		return (word.length() <= 3 && !word.isEmpty() && word.chars().allMatch(Character::isDigit))
				? Integer.parseInt(word) : -1;
	}

	/** The groups an age belongs to: children, youth, adults, seniors. */
	static Set<Group> ofAge(Ages ages) {
		Set<Group> groups = new LinkedHashSet<>();
		int middle = (ages.from() + ages.to()) / 2;
		String code = (middle < 12) ? "children" : (middle <= 25) ? "youth" : (middle < 65) ? "adults" : "seniors";
		groups.add(group(code));
		return groups;
	}

	/**
	 * The groups named in {@code words} (the longest phrase at each place first: "jeunes
	 * enfants" are children, not youth).
	 */
	static Set<Group> read(List<String> words) {
		Set<Group> found = new LinkedHashSet<>();
		for (int i = 0; i < words.size();) {
			Group best = null;
			int length = 0;
			for (Group group : GROUPS) {
				for (List<String> phrase : group.words()) {
					if (phrase.size() > length && i + phrase.size() <= words.size()
							&& words.subList(i, i + phrase.size()).equals(phrase)) {
						best = group;
						length = phrase.size();
					}
				}
			}
			if (best == null) {
				i++;
				continue;
			}
			found.add(best);
			i += length;
		}
		return found;
	}

	/**
	 * Groups whose services are a kind of help of their own: carers are named for the
	 * support of carers ("soutien aidant proche épuisé", "ondersteuning mantelzorgers"),
	 * not as whom another help is for.
	 */
	static final Set<String> KINDS_OF_HELP = Set.of("carers");

	/**
	 * Which of {@code words} name whom the help is for (a group as {@link #read} finds
	 * it, but a kind of help of its own).
	 */
	public static boolean[] named(List<String> words) {
		boolean[] named = new boolean[words.size()];
		for (int i = 0; i < words.size(); i++) {
			for (Group group : GROUPS) {
				if (KINDS_OF_HELP.contains(group.key())) {
					continue;
				}
				for (List<String> phrase : group.words()) {
					if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
						java.util.Arrays.fill(named, i, i + phrase.size(), true);
					}
				}
			}
		}
		return named;
	}

	static Group group(String key) {
		return GROUPS.stream().filter((group) -> group.key().equals(key)).findFirst().orElseThrow();
	}

	private static Group group(String key, String code, String... words) {
		List<List<String>> phrases = new ArrayList<>();
		for (String word : new LinkedHashSet<>(Arrays.asList(words))) {
			phrases.add(Words.of(word));
		}
		return new Group(key, code, List.copyOf(phrases));
	}

}

package brussels.maillage.directory.search.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other forms of a typed English word that a thesaurus term may be written with
 * (issue 17, session 18): the other spelling, British or American ("pediatric" =
 * "paediatric", "center" = "centre", "counseling" = "counselling", "behavior" =
 * "behaviour", "immunization" = "immunisation"), and the base of an -ing form ("nursing"
 * → "nurse", "shopping" → "shop"). {@link EnglishWords#mentions} looks the words up again
 * in these forms where the words as typed name nothing, so a term is written once, in one
 * spelling, and still found. A form that is no English word ("flour" → "flor") finds no
 * term and does nothing.
 */
final class EnglishForms {

	/** Whole words whose other spelling no rule below gives. */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("center", "centre"),
			Map.entry("centre", "center"), Map.entry("centers", "centres"), Map.entry("centres", "centers"),
			Map.entry("theater", "theatre"), Map.entry("theatre", "theater"), Map.entry("program", "programme"),
			Map.entry("programme", "program"), Map.entry("programs", "programmes"), Map.entry("programmes", "programs"),
			Map.entry("license", "licence"), Map.entry("licence", "license"), Map.entry("aging", "ageing"),
			Map.entry("ageing", "aging"), Map.entry("mold", "mould"), Map.entry("mould", "mold"),
			Map.entry("moldy", "mouldy"), Map.entry("mouldy", "moldy"), Map.entry("fetus", "foetus"),
			Map.entry("foetus", "fetus"), Map.entry("fetal", "foetal"), Map.entry("foetal", "fetal"),
			Map.entry("gray", "grey"), Map.entry("grey", "gray"), Map.entry("defense", "defence"),
			Map.entry("defence", "defense"));

	/**
	 * Irregular English forms and the word a term is written with (session 21): a past
	 * tense ("my dad fell" → "fall"), an adjective for its noun ("violent" → "violence").
	 */
	private static final Map<String, String> IRREGULAR = Map.of("fell", "fall", "fallen", "fall", "violent",
			"violence");

	/** American roots written with "ae" or "oe" in British English (medicine). */
	private static final Map<String, String> ROOTS = Map.ofEntries(Map.entry("pediatr", "paediatr"),
			Map.entry("gynec", "gynaec"), Map.entry("orthoped", "orthopaed"), Map.entry("anesth", "anaesth"),
			Map.entry("anemi", "anaemi"), Map.entry("hemat", "haemat"), Map.entry("hemo", "haemo"),
			Map.entry("leukem", "leukaem"), Map.entry("esophag", "oesophag"), Map.entry("estrogen", "oestrogen"),
			Map.entry("diarrhea", "diarrhoea"), Map.entry("edema", "oedema"), Map.entry("celiac", "coeliac"));

	/** British -our: "behaviour", "neighbourhood", "tumours". */
	private static final Pattern OUR = Pattern.compile("^(.{2,}[bdlmnprv]|.*i)our(s|hood|hoods|al|ed|ing|ite|ites)?$");

	/** American -or of the same words. */
	private static final Pattern OR = Pattern
		.compile("^(behavi|neighb|lab|tum|col|hum|hon|fav|harb|rum|od|vap|flav|savi)or(s|hood|hoods|al|ed|ing)?$");

	/** British -ll- before a suffix: "counselling", "counsellor", "travelled". */
	private static final Pattern DOUBLE_L = Pattern.compile("^(.+[^e])ell(ing|ed|or|ors|er|ers)$");

	/** American -l- before a suffix: "counseling", "counselor", "traveled". */
	private static final Pattern SINGLE_L = Pattern.compile("^(.+[^e])el(ing|ed|or|ors|er|ers)$");

	/** -ise, -isation and their American -ize, -ization (both ways). */
	private static final Pattern IZE = Pattern.compile("^(.{3,}[^aeiou])iz(e|ed|es|ing|ation|ations|er|ers)$");

	private static final Pattern ISE = Pattern.compile("^(.{3,}[^aeiou])is(e|ed|es|ing|ation|ations|er|ers)$");

	/** An -ing form and the base it is made of. */
	private static final Pattern ING = Pattern.compile("^(.{3,})ing$");

	/** An -ed form and the base it is made of. */
	private static final Pattern ED = Pattern.compile("^(.{3,})ed$");

	/**
	 * The forms to look the words up in, in this order: the other spelling, the other
	 * spelling of the English singular, the base of an -ing form (without a doubled
	 * consonant, as is, with an e), the base of an -ed form, the -ing form of a verb
	 * (session 20), an irregular form's word (session 21).
	 */
	static final List<UnaryOperator<String>> FORMS = List.of(EnglishForms::spelling,
			(word) -> spelling(EnglishWords.singular(word)), EnglishForms::base, EnglishForms::stem,
			EnglishForms::baseWithE, EnglishForms::pastBase, EnglishForms::gerund, EnglishForms::irregular);

	private EnglishForms() {
	}

	/** The word in the other spelling, British or American, or the word itself. */
	static String spelling(String word) {
		String whole = WORDS.get(word);
		if (whole != null) {
			return whole;
		}
		for (Map.Entry<String, String> root : ROOTS.entrySet()) {
			if (word.startsWith(root.getKey())) {
				return root.getValue() + word.substring(root.getKey().length());
			}
			if (word.startsWith(root.getValue())) {
				return root.getKey() + word.substring(root.getValue().length());
			}
		}
		List<String> forms = new ArrayList<>();
		forms.add(replace(OR, word, "$1our$2"));
		forms.add(replace(OUR, word, "$1or$2"));
		forms.add(replace(DOUBLE_L, word, "$1el$2"));
		forms.add(replace(SINGLE_L, word, "$1ell$2"));
		forms.add(replace(IZE, word, "$1is$2"));
		forms.add(replace(ISE, word, "$1iz$2"));
		return forms.stream().filter((form) -> form != null).findFirst().orElse(word);
	}

	/**
	 * The base of an -ing form ("testing" → "test", "shopping" → "shop"), or the word.
	 */
	static String base(String word) {
		Matcher ing = ING.matcher(word);
		if (!ing.matches()) {
			return word;
		}
		String stem = ing.group(1);
		int n = stem.length();
		boolean doubled = stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgklmnprtz".indexOf(stem.charAt(n - 1)) >= 0;
		return doubled ? stem.substring(0, n - 1) : stem;
	}

	/**
	 * The base of an -ing form whose double consonant is the verb's own ("falling" →
	 * "fall", "filling" → "fill"), or the word (session 23).
	 */
	static String stem(String word) {
		Matcher ing = ING.matcher(word);
		return ing.matches() ? ing.group(1) : word;
	}

	/** The base of an -ing form with its e ("caring" → "care", "nursing" → "nurse"). */
	static String baseWithE(String word) {
		String base = base(word);
		return base.equals(word) || base.endsWith("e") ? word : base + "e";
	}

	/**
	 * The base of a past participle or past tense ("evicted" → "evict", "bullied" →
	 * "bully", "stopped" → "stop", "abused" → "abuse"), or the word (session 20).
	 */
	static String pastBase(String word) {
		if (word.length() > 5 && word.endsWith("ied")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		Matcher ed = ED.matcher(word);
		if (!ed.matches()) {
			return word;
		}
		String stem = ed.group(1);
		int n = stem.length();
		if (stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgklmnprtz".indexOf(stem.charAt(n - 1)) >= 0) {
			return stem.substring(0, n - 1);
		}
		// "abused", "isolated": the e the -ed took in.
		boolean silentE = "sczv".indexOf(stem.charAt(n - 1)) >= 0
				|| (stem.endsWith("at") && n > 4 && "aeiou".indexOf(stem.charAt(n - 3)) < 0);
		return silentE ? stem + "e" : stem;
	}

	/**
	 * The -ing form of a verb typed in its base, third person or past ("stammers" →
	 * "stammering", "bullied" → "bullying", "smokes" → "smoking"), for the terms written
	 * as the name of the activity; the word itself when it is one already (session 20).
	 */
	static String gerund(String word) {
		if (word.endsWith("ing") || word.length() < 4) {
			return word;
		}
		String stem = pastBase(word);
		if (stem.equals(word)) {
			stem = EnglishWords.singular(word);
			if (stem.equals(word) && word.endsWith("s") && !word.endsWith("ss")) {
				stem = word.substring(0, word.length() - 1);
			}
		}
		if (stem.endsWith("e") && !stem.endsWith("ee")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		return stem + "ing";
	}

	/** The word an irregular form is written with ("fell" → "fall"), or the word. */
	static String irregular(String word) {
		return IRREGULAR.getOrDefault(word, word);
	}

	private static String replace(Pattern pattern, String word, String replacement) {
		Matcher matcher = pattern.matcher(word);
		return matcher.matches() ? matcher.replaceFirst(replacement) : null;
	}

}

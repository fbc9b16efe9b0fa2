package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The language a person wants the help in, read in the typed text like the place: an
 * adjective ("anglophone", "Engelstalige", "arabophone") or a language's name after or
 * before the words that make it the help's language ("en turc", "qui parle arabe", "in
 * het Engels", "die Arabisch spreekt", "in English", "who speaks English",
 * "English-speaking"). It is taken out of the words, and the services offered in it rank
 * first among those equally relevant; the others are not passed over. A language's name
 * alone stays a word ("cours de français", "Nederlands leren", "français langue
 * étrangère" are language courses, a kind of service), and nothing is read in a text that
 * asks for a course ("cours en anglais").
 */
final class SpokenLanguages {

	/** How much a service offered in the language read rises. */
	static final float BOOST = 1.5f;

	/** The weight of the language's name in a service's texts (half a word's). */
	static final float NAMED = 0.5f;

	/** Each language's names (normalized words) in fr, nl and en. */
	private static final Map<String, Set<String>> NAMES = Map.ofEntries(
			Map.entry("en", Set.of("anglais", "engels", "english")),
			Map.entry("ar", Set.of("arabe", "arabisch", "arabic")),
			Map.entry("tr", Set.of("turc", "turque", "turks", "turkish")),
			Map.entry("es", Set.of("espagnol", "castillan", "spaans", "spanish")),
			Map.entry("pt", Set.of("portugais", "portugees", "portuguese")),
			Map.entry("pl", Set.of("polonais", "pools", "polish")),
			Map.entry("ro", Set.of("roumain", "roemeens", "romanian")),
			Map.entry("ru", Set.of("russe", "russisch", "russian")),
			Map.entry("ber", Set.of("berbere", "berbers", "berber", "tamazight", "amazigh", "kabyle")),
			Map.entry("fa", Set.of("persan", "farsi", "perzisch", "persian")),
			Map.entry("ps", Set.of("pachto", "pashto", "pasjtoe")), Map.entry("ln", Set.of("lingala")),
			Map.entry("fr", Set.of("francais", "frans", "french")),
			Map.entry("nl", Set.of("neerlandais", "flamand", "nederlands", "vlaams", "dutch", "flemish")));

	/** Adjectives that say the language alone ("anglophone", "Engelstalige"). */
	private static final Map<String, Set<String>> ADJECTIVES = Map.ofEntries(
			Map.entry("en", Set.of("anglophone", "anglophones", "engelstalig", "engelstalige")),
			Map.entry("ar", Set.of("arabophone", "arabophones", "arabischtalig", "arabischtalige")),
			Map.entry("tr", Set.of("turcophone", "turcophones", "turkstalig", "turkstalige")),
			Map.entry("es", Set.of("hispanophone", "hispanophones", "spaanstalig", "spaanstalige")),
			Map.entry("pt", Set.of("lusophone", "lusophones", "portugeestalig", "portugeestalige")),
			Map.entry("pl", Set.of("polonophone", "polonophones", "poolstalig", "poolstalige")),
			Map.entry("ro", Set.of("roumanophone", "roumanophones", "roemeenstalig", "roemeenstalige")),
			Map.entry("ru", Set.of("russophone", "russophones", "russischtalig", "russischtalige")),
			Map.entry("ber", Set.of("berberophone", "berberophones", "amazighophone", "amazighophones")),
			Map.entry("ln", Set.of("lingalaphone", "lingalaphones")),
			Map.entry("fr", Set.of("francophone", "francophones", "franstalig", "franstalige")),
			Map.entry("nl", Set.of("neerlandophone", "neerlandophones", "nederlandstalig", "nederlandstalige")));

	/** The codes a service may record each language with (ISO 639-1, 639-2, 639-3). */
	private static final Map<String, List<String>> CODES = Map.ofEntries(Map.entry("en", List.of("en", "eng")),
			Map.entry("ar", List.of("ar", "ara")), Map.entry("tr", List.of("tr", "tur")),
			Map.entry("es", List.of("es", "spa")), Map.entry("pt", List.of("pt", "por")),
			Map.entry("pl", List.of("pl", "pol")), Map.entry("ro", List.of("ro", "ron", "rum")),
			Map.entry("ru", List.of("ru", "rus")), Map.entry("ber", List.of("ber", "zgh", "tzm", "kab")),
			Map.entry("fa", List.of("fa", "fas", "per")), Map.entry("ps", List.of("ps", "pus")),
			Map.entry("ln", List.of("ln", "lin")), Map.entry("fr", List.of("fr", "fra", "fre")),
			Map.entry("nl", List.of("nl", "nld", "dut")));

	/** Words before a name that make it the help's language, longest first. */
	private static final List<List<String>> BEFORE = List.of(List.of("who", "can", "speak"),
			List.of("that", "can", "speak"), List.of("qui", "parle"), List.of("qui", "parlent"),
			List.of("de", "langue"), List.of("en", "langue"), List.of("in", "het"), List.of("who", "speaks"),
			List.of("who", "speak"), List.of("that", "speaks"), List.of("that", "speak"), List.of("fluent", "in"),
			List.of("parlant"), List.of("parle"), List.of("parlent"), List.of("en"), List.of("in"), List.of("speaks"),
			List.of("speak"), List.of("speaking"));

	/** Words after a name that make it the help's language ("English speaking"). */
	private static final Set<String> AFTER = Set.of("speaking", "speaker", "speakers", "spreekt", "spreken", "sprekend",
			"sprekende", "talig", "talige");

	/** "And" and "or" in French, Dutch and English, between two languages' names. */
	private static final Set<String> AND_OR = Set.of("et", "ou", "en", "of", "and", "or");

	/** Words of a text asking for a language course: then no language is read. */
	private static final Set<String> COURSE = Set.of("cours", "classe", "classes", "lecon", "lecons", "apprendre",
			"apprentissage", "alphabetisation", "fle", "etrangere", "lessen", "taalles", "taallessen", "leren",
			"cursus", "taalcursus", "nt2", "course", "courses", "class", "lesson", "lessons", "learn", "learning");

	private SpokenLanguages() {
	}

	/**
	 * Typed words read into a query ({@link WordQueries}), a language named in them
	 * ranking the services offered in it.
	 */
	static Typed words(WordQueries queries, SearchRequest request, IndexSearcher searcher, Thesaurus thesaurus,
			boolean relaxed) throws IOException {
		Read spoken = read(request.text());
		Typed typed = queries.words(spoken.text(), request.placeWords(), searcher, thesaurus, relaxed);
		if (spoken.code() == null) {
			return typed;
		}
		return spoken.ranked(typed,
				relaxed ? typed : queries.words(spoken.text(), request.placeWords(), searcher, thesaurus, true));
	}

	/**
	 * The language named in a typed text (its code; the first one when several are), or
	 * {@code null}.
	 */
	static String named(String text) {
		return (text != null) ? read(text).code() : null;
	}

	/** Typed text read: the words left and the languages named. */
	static Read read(String text) {
		List<String> words = new ArrayList<>(Words.of(text));
		if (words.stream().anyMatch(COURSE::contains)) {
			return new Read(text, List.of());
		}
		for (int i = 0; i < words.size(); i++) {
			if (language(words.get(i)) == null) {
				continue;
			}
			List<String> codes = new ArrayList<>();
			int last = chain(words, i, codes);
			boolean adjective = false;
			for (int k = i; k <= last; k++) {
				adjective |= code(ADJECTIVES, words.get(k)) != null;
			}
			List<String> before = before(words, i);
			boolean after = last + 1 < words.size() && AFTER.contains(words.get(last + 1));
			if (!adjective && before == null && !after && codes.size() < 2) {
				continue;
			}
			int start = (before != null) ? i - before.size() : i;
			int end = after ? last + 2 : last + 1;
			if (before == null && start > 0 && Set.of("die", "dat").contains(words.get(start - 1))) {
				start--;
			}
			words.subList(start, end).clear();
			// A text that is only the language stays searched as typed.
			return new Read(words.isEmpty() ? text : String.join(" ", words), List.copyOf(codes));
		}
		return new Read(text, List.of());
	}

	/**
	 * The languages named from {@code at} on, joined by "and" or "or" in French, Dutch or
	 * English ("Engels en Frans", "anglais ou arabe", "in English and in French"): each
	 * one's code added to {@code codes}; returns the index of the last one's word. The
	 * Dutch "en" between two names is "and", not the French "en" that makes the next name
	 * the help's language.
	 */
	private static int chain(List<String> words, int at, List<String> codes) {
		codes.add(language(words.get(at)));
		int last = at;
		while (last + 2 < words.size() && AND_OR.contains(words.get(last + 1))) {
			int next = last + 2;
			if (language(words.get(next)) == null && next + 1 < words.size()
					&& Set.of("en", "in").contains(words.get(next))) {
				next++;
			}
			String code = language(words.get(next));
			if (code == null) {
				break;
			}
			if (!codes.contains(code)) {
				codes.add(code);
			}
			last = next;
		}
		return last;
	}

	/** The code of a language's name or adjective, or {@code null}. */
	private static String language(String word) {
		String code = code(ADJECTIVES, word);
		return (code != null) ? code : code(NAMES, word);
	}

	/**
	 * The words before {@code at} that make a name the help's language, or {@code null}.
	 */
	private static List<String> before(List<String> words, int at) {
		for (List<String> lead : BEFORE) {
			if (lead.size() <= at && words.subList(at - lead.size(), at).equals(lead)) {
				return lead;
			}
		}
		return null;
	}

	private static String code(Map<String, Set<String>> forms, String word) {
		return forms.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(word))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Typed text read.
	 *
	 * @param text the words left to search
	 * @param codes the languages named, in order (none when none is)
	 */
	record Read(String text, List<String> codes) {

		/** The first language named, or {@code null}. */
		String code() {
			return this.codes.isEmpty() ? null : this.codes.get(0);
		}

		/**
		 * The words' query ({@code strict}) with the services offered in the language
		 * read, or whose texts name it, ranking higher; those that hold fewer of the
		 * words ({@code any}, any one of them) are found too, as the language's name
		 * searched as a word would have found them.
		 */
		Typed ranked(Typed strict, Typed any) {
			BooleanQuery.Builder offered = new BooleanQuery.Builder();
			BooleanQuery.Builder named = new BooleanQuery.Builder();
			for (String language : this.codes) {
				CODES.get(language).forEach((code) -> offered.add(offered(code), Occur.SHOULD));
				for (String name : NAMES.get(language)) {
					named.add(new TermQuery(new Term("name" + Analysis.EXACT, name)), Occur.SHOULD);
					named.add(new TermQuery(new Term("body" + Analysis.EXACT, name)), Occur.SHOULD);
				}
			}
			Query inLanguage = new ConstantScoreQuery(offered.build());
			Query hits = (any == strict) ? strict.query()
					: new BooleanQuery.Builder().add(any.query(), Occur.MUST)
						.add(new BooleanQuery.Builder().add(strict.query(), Occur.SHOULD)
							.add(inLanguage, Occur.SHOULD)
							.add(named.build(), Occur.SHOULD)
							.build(), Occur.FILTER)
						.build();
			BooleanQuery.Builder query = new BooleanQuery.Builder().add(hits, Occur.MUST);
			// Each language named has its share: a service offered in all of them rises
			// most.
			for (String language : this.codes) {
				BooleanQuery.Builder one = new BooleanQuery.Builder();
				CODES.get(language).forEach((code) -> one.add(offered(code), Occur.SHOULD));
				query.add(new BoostQuery(new ConstantScoreQuery(one.build()), BOOST / this.codes.size()), Occur.SHOULD);
			}
			query.add(new BoostQuery(named.build(), NAMED), Occur.SHOULD);
			return new Typed(query.build(), strict.minimum(), strict.mentions(), strict.corrected(), strict.widens());
		}

		private static Query offered(String code) {
			return new TermQuery(new Term("lang", code));
		}

	}

}

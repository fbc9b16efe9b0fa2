package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.english.EnglishReading;
import brussels.maillage.directory.search.intents.Audiences;
import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.place.QueryReader;
import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.DutchCompounds;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.FrenchWords;
import brussels.maillage.directory.search.words.TermGaps;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Typed words as a query. A typed word becomes the best of its matches over the fields
 * (names weigh most, then theme labels, then texts; exact form above stemmed forms); the
 * words are ORed with a minimum that should match; consecutive words found as a phrase
 * add; a word outside the directory's vocabulary is replaced by its closest spelling; a
 * thesaurus mention matches any term of its group, its equivalents weighing less than the
 * words as typed.
 */
public final class WordQueries {

	/** Weight of a thesaurus equivalent against the words as typed. */
	static final float SYNONYM_WEIGHT = 0.7f;

	private final WordFields fields = new WordFields();

	private volatile WordCache wordCache;

	/** Words never given as a respelling: the places' names ({@link QueryReader}). */
	private volatile Set<String> placeWords = Set.of();

	public void placeWords(Set<String> words) {
		this.placeWords = words;
	}

	/**
	 * Reads typed words into a query, a language named in them ranking the services
	 * offered in it ({@link SpokenLanguages}).
	 * @param relaxed any one word is enough (when requiring more found nothing)
	 */
	public Typed words(SearchRequest request, IndexSearcher searcher, Thesaurus thesaurus, boolean relaxed)
			throws IOException {
		return SpokenLanguages.words(this, request, searcher, thesaurus, relaxed);
	}

	/**
	 * Reads typed words into a query; the place read in the text ({@code placeWords}, or
	 * {@code null}) ranks the services named after it ("cpas schaerbeek").
	 */
	public Typed words(String text, String placeWords, IndexSearcher searcher, Thesaurus thesaurus, boolean relaxed)
			throws IOException {
		IndexReader reader = searcher.getIndexReader();
		text = QueryReader.withPlaceInTerm(text, placeWords, thesaurus);
		Intents.Read read = Intents.read(FrenchSpelling.corrected(EnglishWords.of(text), thesaurus, reader));
		List<String> words = read.words();
		EnglishReading english = new EnglishReading(thesaurus, words);
		Units units = new Units(reader.numDocs());
		List<Typed.Concept> concepts = new ArrayList<>();
		List<String> searched = new ArrayList<>();
		boolean corrected = FrenchSpelling.changed(text, words);
		List<String> phraseWords = new ArrayList<>();
		// Words naming who the help is for count as the group they name.
		boolean[] who = Audiences.named(words);
		TypedConcepts covered = new TypedConcepts(reader.numDocs(), thesaurus);
		// In English, a word outside the vocabulary is no French typo ("argue": "arabe").
		boolean inEnglish = TermGaps.english(words);
		int mention = 0;
		for (int i = 0; i < words.size();) {
			if (mention < english.mentions().size() && english.mentions().get(mention).start() == i) {
				Thesaurus.Mention found = english.mentions().get(mention++);
				Typed.Concept concept = concept(found, words, searcher, thesaurus);
				if (concept != null) {
					boolean optional = english.optional(found, read);
					covered.unit(english.unit(concept.any()), optional, who[found.start()]);
					concepts.add(concept);
					if (!optional && !who[found.start()] && !who[found.end() - 1]) {
						covered.need(concept.any(), found.typed(), found.group());
					}
				}
				searched.add(found.typed());
				i = found.end();
				phraseWords.add(null);
				continue;
			}
			boolean optional = read.optional(i) || english.optional(i);
			boolean named = who[i];
			String word = words.get(i++);
			searched.add(word);
			if (FrenchWords.notSearched(word, words, !english.mentions().isEmpty())) {
				continue;
			}
			Query query = DutchCompounds.orParts(wordQuery(word, searcher), word, this::wordQuery, searcher);
			// A cost or time word is never respelled, nor a word known in English.
			if (query == null && word.length() >= 4 && !optional) {
				String better = spelled(word, reader);
				if (better != null && !EnglishWords.isKnown(word) && (!inEnglish || EnglishWords.isKnown(better))) {
					// Any one unit enough: beside a concept read, a guessed spelling
					// finds nothing by itself ("entrer" is not "être").
					query = (relaxed && !english.mentions().isEmpty()) ? null : wordQuery(better, searcher);
					searched.set(searched.size() - 1, better);
					corrected = true;
					word = better;
				}
			}
			if (query != null) {
				covered.unit(english.unit(query), optional, named);
				phraseWords.add(word);
				if (!optional && !named) {
					covered.need(query, word);
				}
			}
		}
		covered.units(units);
		List<Query> core = units.core(relaxed);
		int minimum = relaxed ? 1 : Words.minimumShouldMatch(units.needed().size());
		BooleanQuery.Builder coreQuery = new BooleanQuery.Builder();
		core.forEach((unit) -> coreQuery.add(unit, Occur.SHOULD));
		if (core.isEmpty()) {
			coreQuery.add(new TermQuery(new Term("id", "-")), Occur.SHOULD);
		}
		coreQuery.setMinimumNumberShouldMatch(Math.min(minimum, Math.max(core.size(), 1)));
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(coreQuery.build(), Occur.MUST);
		units.ranking(relaxed).forEach((unit) -> query.add(unit, Occur.SHOULD));
		english.boosts(Intents.boosts(read)).forEach((boost) -> query.add(boost, Occur.SHOULD));
		Query placeName = Units.placeName(placeWords, searcher);
		if (placeName != null) {
			query.add(placeName, Occur.SHOULD);
		}
		for (int i = 0; i + 1 < phraseWords.size(); i++) {
			String first = phraseWords.get(i);
			String second = phraseWords.get(i + 1);
			if (first != null && second != null) {
				query.add(new BoostQuery(new PhraseQuery(2, "name" + Analysis.EXACT, first, second), 3f), Occur.SHOULD);
				query.add(new BoostQuery(new PhraseQuery(3, "body" + Analysis.EXACT, first, second), 0.5f),
						Occur.SHOULD);
			}
		}
		return new Typed(covered.around(query.build(), Intents.concepts(read)),
				Math.min(minimum, units.needed().size()), concepts, corrected ? String.join(" ", searched) : null,
				minimum > 1 || units.optionalRanks());
	}

	/**
	 * A thesaurus mention as the best of its terms, or {@code null} when none is in the
	 * index.
	 */
	private Typed.Concept concept(Thesaurus.Mention found, List<String> words, IndexSearcher searcher,
			Thesaurus thesaurus) throws IOException {
		List<Query> alternatives = new ArrayList<>();
		List<String> others = new ArrayList<>();
		// The term's own words: those typed between them ("alleen") are not required.
		Query typedQuery = termQuery(List.of(found.typed().split(" ")), searcher);
		if (typedQuery != null) {
			alternatives.add(typedQuery);
		}
		for (List<String> term : thesaurus.terms(found.group())) {
			String joined = String.join(" ", term);
			if (Words.key(joined).equals(Words.key(found.typed()))) {
				continue;
			}
			others.add(joined);
			Query query = termQuery(term, searcher);
			if (query != null) {
				// The words as typed count more than their equivalents.
				alternatives.add(new BoostQuery(query, SYNONYM_WEIGHT));
			}
		}
		List<String> broader = new ArrayList<>();
		for (List<String> term : Narrow.few(cache(searcher.getIndexReader()), found.group(), alternatives, searcher)
				? thesaurus.broaderTerms(found.group()) : List.<List<String>>of()) {
			Query query = termQuery(term, searcher);
			if (query != null) {
				// Below a service naming the thing typed.
				alternatives.add(new BoostQuery(query, Thesaurus.BROADER_WEIGHT));
				broader.add(String.join(" ", term));
			}
		}
		if (alternatives.isEmpty()) {
			return null;
		}
		Query any = new DisjunctionMaxQuery(alternatives, 0.1f);
		// "crack → cocaine, coke ⊂ assuetudes, verslaving": equivalents, then broader.
		String explanation = ConceptExplanation.of(found.typed(), others, broader);
		return new Typed.Concept(typedQuery, any, explanation);
	}

	/** All the words of a term (thesaurus), or {@code null} when one is nowhere. */
	private Query termQuery(List<String> term, IndexSearcher searcher) throws IOException {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int count = 0;
		for (String word : term) {
			if (Words.isStop(word) && term.size() > 1) {
				continue;
			}
			Query query = wordQuery(word, searcher);
			if (query == null) {
				return null;
			}
			all.add(query, Occur.MUST);
			count++;
		}
		if (count == 0) {
			return null;
		}
		// A term of several words weighs as one word: "mr mrs" does not outweigh "wzc".
		return (count == 1) ? all.build().clauses().get(0).query() : new BoostQuery(all.build(), 1f / count);
	}

	/**
	 * A word in any of its forms and fields, best field counting, or {@code null} when it
	 * is in none.
	 */
	private Query wordQuery(String word, IndexSearcher searcher) throws IOException {
		WordCache cache = cache(searcher.getIndexReader());
		Optional<Query> known = cache.queries().get(word);
		if (known == null) {
			known = Optional.ofNullable(this.fields.query(word, searcher));
			cache.remember(cache.queries(), word, known);
		}
		return known.orElse(null);
	}

	/**
	 * What the current reader's words give (their queries, their closest spellings): the
	 * same words come back in search after search (thesaurus terms, common needs), and
	 * each costs an analysis and nine term lookups. The term queries carry the terms'
	 * states in each segment of the reader, looked up once, rather than at every search
	 * (and at each of its passes: counts, each part of stepped care, explanations).
	 */
	private WordCache cache(IndexReader reader) {
		WordCache cache = this.wordCache;
		if (cache == null || cache.reader() != reader) {
			cache = new WordCache(reader);
			this.wordCache = cache;
		}
		return cache;
	}

	private String spelled(String word, IndexReader reader) throws IOException {
		WordCache cache = cache(reader);
		Optional<String> known = cache.spellings().get(word);
		if (known == null) {
			known = Optional.ofNullable(Respelling.closest(word, reader, WordFields.GROUPS));
			cache.remember(cache.spellings(), word, known);
		}
		return known.filter((better) -> !this.placeWords.contains(better)).orElse(null);
	}

}

package brussels.maillage.directory.search.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The analysers: French (elision, folding, light stemming, {@link FrenchForms}), Dutch
 * (folding, compound parts, Snowball stemming) and exact (folding only). Each field group
 * (names, theme labels, texts) is indexed in the three.
 */
public final class Analysis {

	public static final String FR = "_fr";

	public static final String NL = "_nl";

	public static final String EXACT = "_exact";

	/**
	 * Dutch words the stemmer would bring to another word's stem: "ouderen" (older
	 * people) and "ouders" (parents) both become "ouder".
	 */
	private static final CharArraySet DUTCH_UNSTEMMED = CharArraySet
		.unmodifiableSet(new CharArraySet(List.of("ouderen"), false));

	/** Dutch words that compounds are made of ("huisarts" in "huisartsenwachtpost"). */
	private static final CharArraySet DUTCH_PARTS = dutchParts();

	private Analysis() {
	}

	/**
	 * The analyser of the index, by field suffix: the French and Dutch filters run once
	 * per word and replayed ({@link KeptWords}), the same terms as {@link #french()} and
	 * {@link #dutch(boolean) dutch(true)}.
	 */
	public static Analyzer index() {
		Analyzer exact = exact();
		return new PerFieldAnalyzerWrapper(exact,
				Map.of("name" + FR, keptWords(Analysis::frenchFilters), "theme" + FR,
						keptWords(Analysis::frenchFilters), "body" + FR, keptWords(Analysis::frenchFilters),
						"name" + NL, keptWords(Analysis::dutchFilters), "theme" + NL, keptWords(Analysis::dutchFilters),
						"body" + NL, keptWords(Analysis::dutchFilters)));
	}

	public static Analyzer exact() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, folded(source));
			}
		};
	}

	public static Analyzer french() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, frenchFilters(source));
			}
		};
	}

	/**
	 * Dutch, with compound parts at indexing ({@code compounds}), not for typed words.
	 */
	public static Analyzer dutch(boolean compounds) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source,
						compounds ? dutchFilters(source) : dutchStemmed(folded(source)));
			}
		};
	}

	/** The standard tokenizer's words through {@code filters}, run once per word. */
	static Analyzer keptWords(UnaryOperator<TokenStream> filters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new KeptWords(source, filters));
			}
		};
	}

	private static TokenStream frenchFilters(TokenStream words) {
		return new FrenchForms(new FrenchLightStemFilter(folded(words)));
	}

	/** Dutch with compound parts (the index). */
	private static TokenStream dutchFilters(TokenStream words) {
		return dutchStemmed(new DictionaryCompoundWordTokenFilter(folded(words), DUTCH_PARTS, 6, 3, 15, false));
	}

	private static TokenStream dutchStemmed(TokenStream words) {
		// "ouderen" (older people) is not stemmed to "ouder", the stem of "ouders"
		// (parents).
		return new SnowballFilter(new SetKeywordMarkerFilter(words, DUTCH_UNSTEMMED), new DutchStemmer());
	}

	private static TokenStream folded(TokenStream source) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)));
	}

	/** The terms an analyser makes of a word (usually one). */
	public static List<String> terms(Analyzer analyzer, String field, String word) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static CharArraySet dutchParts() {
		try (InputStream in = Analysis.class.getResourceAsStream("dutch-compound-parts.txt")) {
			List<String> parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			return new CharArraySet(parts, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

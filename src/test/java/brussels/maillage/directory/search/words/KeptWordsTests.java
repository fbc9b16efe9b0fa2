package brussels.maillage.directory.search.words;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's analyser, its filters run once per word and replayed ({@link KeptWords}),
 * gives the very terms, position increments and offsets of the analysers it stands for,
 * the first time a word is met and the next times, on the judged directories' texts and
 * on words the filters change (elision, compounds, words kept unstemmed); a theme label
 * replayed ({@link LabelField}) is indexed into the same terms, frequencies and norms.
 */
class KeptWordsTests {

	private static final List<String> WORDS = List.of("L'HÉBERGEMENT D'URGENCE pour personnes âgées",
			"huisartsenwachtpost thuisverpleging ouderen ouders kinderopvang", "CPAS/OCMW 1000 Bruxelles-Ville",
			"l'aide aux aidant·e·s proches", "jeugdhulpverlening geestelijke gezondheidszorg", "", "   ",
			"logopédistes kinésithérapeutes psychologue pédiatre pharmacienne",
			"schuldbemiddeling budgetbegeleiding 02/555.12.34 info@example", "a b c d'",
			"huisartsenwachtpost huisartsenwachtpost huisartsenwachtpost");

	private final Analyzer index = Analysis.index();

	private final Analyzer french = Analysis.french();

	private final Analyzer dutch = Analysis.dutch(true);

	private final Analyzer exact = Analysis.exact();

	@Test
	void givesTheSameTermsAsTheFiltersOnEveryWord() throws IOException {
		List<String> texts = new ArrayList<>(WORDS);
		texts.addAll(lines("directory-judged/services.txt"));
		texts.addAll(lines("directory-blind/services.csv"));
		texts.addAll(lines("directory-blind/taxonomy_terms.csv"));
		for (int pass = 0; pass < 2; pass++) {
			for (String group : List.of("name", "theme", "body")) {
				for (String text : texts) {
					assertThat(tokens(this.index, group + Analysis.FR, text))
						.isEqualTo(tokens(this.french, group + Analysis.FR, text));
					assertThat(tokens(this.index, group + Analysis.NL, text))
						.isEqualTo(tokens(this.dutch, group + Analysis.NL, text));
					assertThat(tokens(this.index, group + Analysis.EXACT, text))
						.isEqualTo(tokens(this.exact, group + Analysis.EXACT, text));
				}
			}
		}
	}

	@Test
	void startsAgainPastItsLimit() throws IOException {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < KeptWords.LIMIT + 50; i++) {
			text.append("kinderopvang").append(i).append(" huisarts").append(i % 7).append(' ');
		}
		assertThat(tokens(this.index, "body" + Analysis.NL, text.toString()))
			.isEqualTo(tokens(this.dutch, "body" + Analysis.NL, text.toString()));
	}

	@Test
	void replaysThemeLabelsIntoTheSameTermsAndNorms() throws IOException {
		List<String> labels = List.of("Soins à domicile", "Thuisverpleging en thuiszorg", "Santé mentale",
				"Geestelijke gezondheidszorg", "Aide aux personnes âgées", "Huisartsenwachtpost", "Logement", "");
		assertThat(index(labels, true)).isEqualTo(index(labels, false));
	}

	/** Each field's terms with their frequencies, and each document's norm. */
	private static List<String> index(List<String> labels, boolean replayed) throws IOException {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		List<String> fields = List.of("theme" + Analysis.FR, "theme" + Analysis.NL, "theme" + Analysis.EXACT);
		List<String> contents = new ArrayList<>();
		try (Directory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.index()))) {
				for (int pass = 0; pass < 3; pass++) {
					for (int i = 0; i < labels.size(); i++) {
						Document doc = new Document();
						for (String field : fields) {
							for (String label : List.of(labels.get(i), labels.get((i + pass) % labels.size()))) {
								String plain = Words.normalize(label);
								doc.add(replayed ? new LabelField(field, plain, type) : new Field(field, plain, type));
							}
						}
						writer.addDocument(doc);
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				for (LeafReaderContext leaf : reader.leaves()) {
					for (String field : fields) {
						NumericDocValues norms = leaf.reader().getNormValues(field);
						for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
							contents.add(field + " " + doc + " norm "
									+ ((norms != null && norms.advanceExact(doc)) ? norms.longValue() : -1));
						}
						Terms terms = leaf.reader().terms(field);
						TermsEnum each = (terms != null) ? terms.iterator() : TermsEnum.EMPTY;
						for (BytesRef term = each.next(); term != null; term = each.next()) {
							contents.add(field + " " + term.utf8ToString() + " " + each.docFreq() + " "
									+ each.totalTermFreq());
						}
					}
				}
			}
		}
		return contents;
	}

	private static List<String> lines(String resource) throws IOException {
		try (InputStream in = KeptWordsTests.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	/** Each token as "term position-increment start-end". */
	private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + " " + increment.getPositionIncrement() + " " + offset.startOffset() + "-"
						+ offset.endOffset());
			}
			stream.end();
			tokens.add("end " + increment.getPositionIncrement() + " " + offset.endOffset());
		}
		return tokens;
	}

}

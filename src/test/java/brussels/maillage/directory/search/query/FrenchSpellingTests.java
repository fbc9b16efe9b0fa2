package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.List;

import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typo in a word of a thesaurus term is read as the term (issue 17, session 18); a word
 * of the texts, another form of a word and a short word are not: written from the
 * language, not from a judged set.
 */
class FrenchSpellingTests {

	private static final Thesaurus THESAURUS = new Thesaurus(
			List.of(List.of("psychologue", "psycholoog", "psychologist"),
					List.of("soins palliatifs", "palliatieve zorg", "palliative care"),
					List.of("planning familial", "centrum voor seksuele gezondheid", "family planning"),
					List.of("aide", "hulp"), List.of("isole", "isolement", "eenzaamheid")));

	@Test
	void aTypoInATermsWordIsReadAsTheTerm() throws IOException {
		try (DirectoryReader reader = index("consultations psychologiques", "soins paliatifs a domicile")) {
			assertThat(corrected("psycologue pas cher", reader)).containsExactly("psychologue", "pas", "cher");
			// Written so in one text: still a typo.
			assertThat(corrected("soins paliatifs a domicile", reader)).containsExactly("soins", "palliatifs", "a",
					"domicile");
			assertThat(corrected("planing familial", reader)).containsExactly("planning", "familial");
		}
	}

	@Test
	void wordsOfTheTextsOtherFormsAndShortWordsStayAsTyped() throws IOException {
		try (DirectoryReader reader = index("aider les familles", "aider les aidants", "aider a domicile")) {
			// A word of three services' texts.
			assertThat(corrected("aider", reader)).containsExactly("aider");
			// Another form: the last two letters differ.
			assertThat(corrected("isolee", reader)).containsExactly("isolee");
			assertThat(corrected("psy", reader)).containsExactly("psy");
			assertThat(corrected("psychologue", reader)).containsExactly("psychologue");
		}
	}

	@Test
	void wordsKnownInEnglishStayAsTyped() throws IOException {
		Thesaurus thesaurus = new Thesaurus(List.of(List.of("hearing loss", "perte auditive", "gehoorverlies")));
		try (DirectoryReader reader = index("ecoute", "aide administrative")) {
			// "heating" is an English word, not a typo of "hearing".
			assertThat(FrenchSpelling.corrected(Words.of("heating loss"), thesaurus, reader)).containsExactly("heating",
					"loss");
			assertThat(FrenchSpelling.corrected(Words.of("hearring loss"), thesaurus, reader))
				.containsExactly("hearing", "loss");
		}
	}

	@Test
	void theVariantsKeepTheFirstLetterAndTheLastTwo() {
		assertThat(FrenchSpelling.variants("planing")).contains("planning", "plaing", "palning")
			.allSatisfy((variant) -> assertThat(variant).startsWith("p").endsWith("ng"));
	}

	private static List<String> corrected(String text, DirectoryReader reader) {
		return FrenchSpelling.corrected(Words.of(text), THESAURUS, reader);
	}

	private static DirectoryReader index(String... bodies) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (String body : bodies) {
				Document document = new Document();
				document.add(new TextField("body" + Analysis.EXACT, body, Field.Store.NO));
				writer.addDocument(document);
			}
		}
		return DirectoryReader.open(directory);
	}

}

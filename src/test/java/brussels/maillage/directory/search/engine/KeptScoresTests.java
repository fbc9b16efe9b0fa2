package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.search.query.Coverage;
import brussels.maillage.directory.search.words.Analysis;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query with its disjunctions of many terms kept finds the same services with the same
 * scores, to the bit, as the query itself, in every segment, at the first search (as
 * before), the second (which keeps them) and the next ones (which read what was kept),
 * and after an edit (another reader).
 */
class KeptScoresTests {

	private static final String[] TEXTS = { "aide familiale a domicile", "gezinszorg en thuishulp",
			"aide aux familles et aux seniors", "maison de repos", "gezinshulp aan huis", "aide et soins a domicile",
			"centre de jour pour seniors", "aide familiale et gezinszorg", "repas a domicile" };

	@Test
	void findsTheSameHitsWithTheSameScoresAsTheQuery() throws IOException {
		Query query = query();
		assertThat(KeptScores.within(query)).isNotEqualTo(query);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < TEXTS.length; i++) {
				writer.addDocument(document(i, TEXTS[i]));
				if (i % 3 == 2) {
					writer.commit();
				}
			}
			try (DirectoryReader first = DirectoryReader.open(writer)) {
				assertThat(first.leaves()).hasSizeGreaterThan(1);
				for (int round = 0; round < 2; round++) {
					for (int k : new int[] { 2, 100 }) {
						assertThat(hits(first, KeptScores.within(query), k)).isEqualTo(hits(first, query, k))
							.hasSize(Math.min(k, 6));
					}
				}
			}
			writer.addDocument(document(9, "aide familiale pour seniors"));
			writer.deleteDocuments(new Term("id", "0"));
			try (DirectoryReader second = DirectoryReader.open(writer)) {
				assertThat(hits(second, KeptScores.within(query), 100)).isEqualTo(hits(second, query, 100))
					.hasSize(6)
					.noneMatch((hit) -> hit.startsWith("0="))
					.anyMatch((hit) -> hit.startsWith("9="));
			}
		}
	}

	/**
	 * The query under a concept coverage (two concepts typed: family help, seniors) keeps
	 * its disjunctions too, with the same hits and scores.
	 */
	@Test
	void keepsTheDisjunctionsOfAQueryUnderAConceptCoverage() throws IOException {
		Query query = new Coverage(query(), List.of(new TermQuery(new Term("body" + Analysis.EXACT, "familiale")),
				new TermQuery(new Term("body" + Analysis.EXACT, "seniors"))), new float[] { 1f, 0.5f });
		assertThat(KeptScores.within(query)).isInstanceOf(Coverage.class).isNotEqualTo(query);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < TEXTS.length; i++) {
				writer.addDocument(document(i, TEXTS[i]));
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				for (int round = 0; round < 3; round++) {
					assertThat(hits(reader, KeptScores.within(query), 100)).isEqualTo(hits(reader, query, 100))
						.hasSize(6);
				}
			}
		}
	}

	/**
	 * "aide familiale" and its equivalents over two fields, "domicile" in one, ranking.
	 */
	private static Query query() {
		List<Query> concept = new ArrayList<>();
		String[][] terms = { { "aide", "familiale" }, { "gezinszorg" }, { "gezinshulp" }, { "aide", "familles" } };
		for (int i = 0; i < terms.length; i++) {
			List<Query> fields = new ArrayList<>();
			for (String field : List.of("name", "body")) {
				BooleanQuery.Builder all = new BooleanQuery.Builder();
				for (String word : terms[i]) {
					all.add(new TermQuery(new Term(field + Analysis.EXACT, word)), Occur.MUST);
				}
				fields.add(new BoostQuery(all.build(), field.equals("name") ? 2f : 1f));
			}
			Query term = new DisjunctionMaxQuery(fields, 0.1f);
			concept.add((i == 0) ? term : new BoostQuery(term, 0.7f));
		}
		Query core = new BooleanQuery.Builder().add(new DisjunctionMaxQuery(concept, 0.1f), Occur.SHOULD)
			.add(new TermQuery(new Term("body" + Analysis.EXACT, "seniors")), Occur.SHOULD)
			.setMinimumNumberShouldMatch(1)
			.build();
		return new BooleanQuery.Builder().add(core, Occur.MUST)
			.add(new TermQuery(new Term("body" + Analysis.EXACT, "domicile")), Occur.SHOULD)
			.build();
	}

	private static List<String> hits(DirectoryReader reader, Query query, int k) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		List<String> hits = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
			hits.add(searcher.storedFields().document(hit.doc).get("id") + "=" + Float.floatToIntBits(hit.score));
		}
		return hits;
	}

	private static Document document(int id, String text) {
		Document doc = new Document();
		doc.add(new StringField("id", String.valueOf(id), Field.Store.YES));
		doc.add(new TextField("name" + Analysis.EXACT, text.split(" ")[0] + " " + text.split(" ")[1], Field.Store.NO));
		doc.add(new TextField("body" + Analysis.EXACT, text, Field.Store.NO));
		return doc;
	}

}

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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hit's score times the weighted share of the concepts it answers: the same matches,
 * the services answering every concept first, the help alone before the group alone; the
 * same best hits when Lucene skips blocks (block-max WAND) as when it scores every hit;
 * the explanation gives the same score.
 */
class CoverageTests {

	/** Speech therapy ("logo") and children ("kind"): only service 3 answers both. */
	private static final String[] TEXTS = { "kind kind kind kind jeugd", "logo logo volwassen", "kind logo kind kind",
			"logo kind", "jeugd", "logo", "kind", "andere" };

	@Test
	void ranksTheServicesAnsweringEveryConceptFirst() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < TEXTS.length; i++) {
				Document document = new Document();
				document.add(new StringField("id", String.valueOf(i), Field.Store.YES));
				document.add(new TextField("body", TEXTS[i], Field.Store.NO));
				writer.addDocument(document);
				if (i % 3 == 2) {
					writer.commit();
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query speech = term("logo");
				Query children = term("kind");
				Query words = new BooleanQuery.Builder().add(speech, Occur.SHOULD).add(children, Occur.SHOULD).build();
				Query covered = new Coverage(words, List.of(speech, children), new float[] { 1f, 0.5f });
				List<String> ranked = ids(searcher, covered, 10);
				assertThat(ranked).containsExactlyInAnyOrderElementsOf(ids(searcher, words, 10));
				assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("2", "3");
				// The help alone (2/3 of the concepts) before the group alone (1/3).
				assertThat(ranked.indexOf("1")).isLessThan(ranked.indexOf("0"));
				assertThat(ranked.indexOf("5")).isLessThan(ranked.indexOf("6"));
				// The best two hits when Lucene may skip blocks: the same.
				TopScoreDocCollectorManager skipping = new TopScoreDocCollectorManager(2, null, 2);
				List<String> best = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(covered, skipping).scoreDocs) {
					best.add(searcher.storedFields().document(hit.doc).get("id"));
				}
				assertThat(best).isEqualTo(ranked.subList(0, 2));
				for (ScoreDoc hit : searcher.search(covered, 10).scoreDocs) {
					assertThat(searcher.explain(covered, hit.doc).getValue().floatValue()).isCloseTo(hit.score,
							org.assertj.core.data.Offset.offset(1e-5f));
				}
			}
		}
	}

	private static Query term(String word) {
		return new TermQuery(new Term("body", word));
	}

	private static List<String> ids(IndexSearcher searcher, Query query, int n) throws IOException {
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get("id"));
		}
		return ids;
	}

}

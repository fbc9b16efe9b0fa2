package brussels.maillage.directory.search.intents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services meant for a group, kept per segment, are those its query finds, with the
 * same constant score, in every segment; a segment written after an edit is read, and a
 * deleted service is not found.
 */
class KeptMatchesTests {

	private static final String[] TEXTS = { "aide aux personnes agees isolees", "maison de repos pour personnes agees",
			"accompagnement des jeunes", "ouderen en hun mantelzorgers", "personnes et agees sans lien",
			"service pour seniors" };

	@Test
	void findsWhatItsQueryFindsInEverySegmentAfterEdits() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < TEXTS.length; i++) {
				writer.addDocument(document(i, TEXTS[i]));
				if (i % 2 == 1) {
					// One segment per two services.
					writer.commit();
				}
			}
			try (DirectoryReader first = DirectoryReader.open(writer)) {
				assertThat(first.leaves()).hasSizeGreaterThan(1);
				assertThat(hits(first, kept())).isEqualTo(hits(first, seniors())).hasSize(4);
				// The second search reads the kept sets.
				assertThat(hits(first, kept())).isEqualTo(hits(first, seniors()));
			}
			writer.addDocument(document(6, "centre de jour pour personnes agees"));
			writer.deleteDocuments(new Term("id", "0"));
			try (DirectoryReader second = DirectoryReader.open(writer)) {
				assertThat(hits(second, kept())).isEqualTo(hits(second, seniors()))
					.hasSize(4)
					.noneMatch((hit) -> hit.startsWith("0="))
					.anyMatch((hit) -> hit.startsWith("6="));
			}
		}
	}

	private static Query seniors() {
		return new BooleanQuery.Builder()
			.add(new PhraseQuery("body" + Analysis.EXACT, "personnes", "agees"), Occur.SHOULD)
			.add(new TermQuery(new Term("body" + Analysis.EXACT, "seniors")), Occur.SHOULD)
			.add(new TermQuery(new Term("body" + Analysis.EXACT, "ouderen")), Occur.SHOULD)
			.build();
	}

	private static Query kept() {
		return new KeptMatches("tests:seniors", seniors());
	}

	/** The ids and scores found, as the search's boost clauses score them. */
	private static List<String> hits(DirectoryReader reader, Query query) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		List<String> hits = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(new BoostQuery(new ConstantScoreQuery(query), 1.5f), 100).scoreDocs) {
			hits.add(searcher.storedFields().document(hit.doc).get("id") + "=" + hit.score);
		}
		return hits;
	}

	private static Document document(int id, String text) {
		Document doc = new Document();
		doc.add(new StringField("id", String.valueOf(id), Field.Store.YES));
		doc.add(new TextField("body" + Analysis.EXACT, text, Field.Store.NO));
		return doc;
	}

}

package brussels.maillage.directory.search.engine;

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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disjunction's hits and scores computed clause by clause are Lucene's own, to the bit,
 * in every leaf: terms, a phrase, disjunctions inside (boosted or not) and a conjunction
 * of disjunctions (boosted), deleted documents included.
 */
class ClauseByClauseTests {

	private static final String[] TEXTS = { "aide familiale a domicile", "gezinszorg en thuishulp",
			"aide aux familles et aux seniors", "maison de repos", "gezinshulp aan huis", "aide et soins a domicile",
			"centre de jour pour seniors", "aide familiale et gezinszorg", "repas a domicile aide",
			"familiale aide familiale" };

	@Test
	void scoresEachHitAsLuceneDoes() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < TEXTS.length; i++) {
				Document doc = new Document();
				doc.add(new StringField("id", String.valueOf(i), Field.Store.YES));
				doc.add(new TextField("name" + Analysis.EXACT, TEXTS[i].split(" ")[0], Field.Store.NO));
				doc.add(new TextField("body" + Analysis.EXACT, TEXTS[i], Field.Store.NO));
				writer.addDocument(doc);
				if (i % 4 == 3) {
					writer.commit();
				}
			}
			writer.deleteDocuments(new Term("id", "5"));
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				IndexSearcher searcher = new IndexSearcher(reader);
				DisjunctionMaxQuery query = (DisjunctionMaxQuery) searcher.rewrite(query());
				int hits = 0;
				for (float boost : new float[] { 1f, 0.7f }) {
					for (LeafReaderContext context : reader.leaves()) {
						KeptList.Leaf lucene = KeptList.Leaf
							.of(searcher.createWeight(query, ScoreMode.COMPLETE, boost).scorer(context));
						KeptList.Leaf clauses = ClauseByClause.leaf(searcher, query, boost, context);
						assertThat(clauses.docs()).isEqualTo(lucene.docs());
						assertThat(bits(clauses.scores())).isEqualTo(bits(lucene.scores()));
						assertThat(Float.floatToIntBits(clauses.max())).isEqualTo(Float.floatToIntBits(lucene.max()));
						hits += lucene.docs().length;
					}
				}
				assertThat(hits).isGreaterThan(12);
			}
		}
	}

	private static int[] bits(float[] scores) {
		int[] bits = new int[scores.length];
		for (int i = 0; i < scores.length; i++) {
			bits[i] = Float.floatToIntBits(scores[i]);
		}
		return bits;
	}

	private static Query word(String word) {
		List<Query> fields = new ArrayList<>();
		fields.add(new BoostQuery(new TermQuery(new Term("name" + Analysis.EXACT, word)), 2f));
		fields.add(new TermQuery(new Term("body" + Analysis.EXACT, word)));
		return new DisjunctionMaxQuery(fields, 0.1f);
	}

	/** A concept: a word, a boosted word, two words required, a phrase, a term. */
	private static Query query() {
		List<Query> concept = new ArrayList<>();
		concept.add(word("familiale"));
		concept.add(new BoostQuery(word("gezinszorg"), 0.7f));
		concept.add(word("seniors"));
		concept.add(new BoostQuery(
				new BooleanQuery.Builder().add(word("aide"), Occur.MUST).add(word("domicile"), Occur.MUST).build(),
				0.5f));
		concept.add(new BoostQuery(new PhraseQuery("body" + Analysis.EXACT, "aide", "familiale"), 0.15f));
		concept.add(new TermQuery(new Term("body" + Analysis.EXACT, "repos")));
		return new DisjunctionMaxQuery(concept, 0.1f);
	}

}

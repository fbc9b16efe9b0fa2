package brussels.maillage.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query rewritten once finds the same documents with the same scores as the query
 * itself, under the filters of each pass of a search, and its weight is made once per way
 * of scoring.
 */
class RewrittenOnceTests {

	private static final String[] TEXTS = { "aide familiale a domicile", "soins infirmiers a domicile",
			"aide aux familles", "gezinszorg en thuiszorg", "aide familiale et gezinszorg", "repas a domicile",
			"familiale familiale aide", "centre de jour" };

	@Test
	void findsAndScoresAsItsQueryUnderEachFilter() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < TEXTS.length; i++) {
				writer.addDocument(document(i, TEXTS[i]));
				if (i % 3 == 2) {
					writer.commit();
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Typed plain = new Typed(words(), 1, List.of(), null, false);
				Typed once = RewrittenOnce.of(searcher, plain);
				assertThat(once.query()).isNotEqualTo(RewrittenOnce.of(searcher, plain).query());
				for (Query part : List.of(part("even"), part("odd"), part("even"))) {
					assertThat(hits(searcher, Filters.withFilter(once.query(), part)))
						.isEqualTo(hits(searcher, Filters.withFilter(plain.query(), part)))
						.isNotEmpty();
					assertThat(searcher.count(Filters.withFilter(once.query(), part)))
						.isEqualTo(searcher.count(Filters.withFilter(plain.query(), part)));
				}
				assertThat(searcher.createWeight(once.query(), ScoreMode.TOP_SCORES, 1f))
					.isSameAs(searcher.createWeight(once.query(), ScoreMode.TOP_SCORES, 1f));
			}
		}
	}

	@Test
	void keptWeightsScoreAndEqualAsTheWordsQuery() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < TEXTS.length; i++) {
				writer.addDocument(document(i, TEXTS[i]));
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				String body = "body" + Analysis.EXACT;
				Query word = new DisjunctionMaxQuery(
						List.of(new BoostQuery(new TermQuery(new Term(body, "aide")), 1.2f),
								new TermQuery(new Term(body, "familiale"))),
						0.1f);
				Query kept = KeptWeights.of(searcher, word);
				assertThat(kept).isEqualTo(KeptWeights.of(searcher, word))
					.hasSameHashCodeAs(KeptWeights.of(searcher, word));
				assertThat(kept.toString()).isEqualTo(searcher.rewrite(word).toString());
				for (int search = 0; search < 2; search++) {
					Query typed = new BooleanQuery.Builder().add(new BoostQuery(kept, 0.7f), Occur.MUST)
						.add(new TermQuery(new Term(body, "domicile")), Occur.SHOULD)
						.build();
					Query plain = new BooleanQuery.Builder().add(new BoostQuery(word, 0.7f), Occur.MUST)
						.add(new TermQuery(new Term(body, "domicile")), Occur.SHOULD)
						.build();
					assertThat(hits(searcher, Filters.withFilter(typed, part("even"))))
						.isEqualTo(hits(searcher, Filters.withFilter(plain, part("even"))))
						.isNotEmpty();
					assertThat(searcher.count(typed)).isEqualTo(searcher.count(plain));
				}
				assertThat(searcher.createWeight(kept, ScoreMode.TOP_SCORES, 0.7f))
					.isSameAs(searcher.createWeight(kept, ScoreMode.TOP_SCORES, 0.7f));
				Term aide = new Term(body, "aide");
				Term familiale = new Term(body, "familiale");
				Query counted = new DisjunctionMaxQuery(
						List.of(new TermQuery(aide, TermStates.build(searcher, aide, true)),
								new TermQuery(familiale, TermStates.build(searcher, familiale, true))),
						0.1f);
				assertThat(Units.docFreq(KeptWeights.of(searcher, counted))).isEqualTo(Units.docFreq(counted))
					.isEqualTo(4);
			}
		}
	}

	/** Words as {@link WordQueries} shapes them: a need, a word that ranks, a phrase. */
	private static Query words() {
		String body = "body" + Analysis.EXACT;
		Query aide = new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term(body, "aide")), 1.2f),
				new BoostQuery(new TermQuery(new Term(body, "familles")), 0.7f)), 0.1f);
		Query familiale = new DisjunctionMaxQuery(
				List.of(new TermQuery(new Term(body, "familiale")), new TermQuery(new Term(body, "gezinszorg"))), 0.1f);
		BooleanQuery.Builder core = new BooleanQuery.Builder().add(aide, Occur.SHOULD).add(familiale, Occur.SHOULD);
		core.setMinimumNumberShouldMatch(1);
		return new BooleanQuery.Builder().add(core.build(), Occur.MUST)
			.add(new BoostQuery(new TermQuery(new Term(body, "domicile")), 0.5f), Occur.SHOULD)
			.add(new BoostQuery(new PhraseQuery(3, body, "aide", "familiale"), 0.5f), Occur.SHOULD)
			.build();
	}

	private static Query part(String parity) {
		return new TermQuery(new Term("parity", parity));
	}

	private static List<String> hits(IndexSearcher searcher, Query query) throws IOException {
		List<String> hits = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, new TopScoreDocCollectorManager(10, null, 10)).scoreDocs) {
			hits.add(searcher.storedFields().document(hit.doc).get("id") + "=" + hit.score);
		}
		return hits;
	}

	private static Document document(int id, String text) {
		Document document = new Document();
		document.add(new StringField("id", String.valueOf(id), Field.Store.YES));
		document.add(new StringField("parity", (id % 2 == 0) ? "even" : "odd", Field.Store.NO));
		document.add(new TextField("body" + Analysis.EXACT, text, Field.Store.NO));
		return document;
	}

}

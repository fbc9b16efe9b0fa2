package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The best hits of a query whose disjunctions are kept, now that Lucene may skip the kept
 * hits that cannot enter them (the minimum competitive score, the best score of each
 * block of hits), are the same, to the bit and in the same order, as those of the query
 * itself and as those of the kept query counted to the end, many of them tied: one kept
 * disjunction under filters (as the parts of stepped care search it), two as optional
 * clauses with a minimum, a kept disjunction required with optional clauses.
 */
class KeptBlocksTests {

	private static final String[] WORDS = { "aide", "familiale", "gezinszorg", "gezinshulp", "domicile", "seniors",
			"soins", "repas", "thuiszorg", "maison", "centre", "jour", "zorg", "hulp" };

	@Test
	void keepsTheSameBestHitsWhileSkipping() throws IOException {
		Random random = new Random(17);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < 6000; i++) {
				writer.addDocument(document(i, random));
				if (i % 1700 == 1699) {
					writer.commit();
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(2);
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setQueryCache(null);
				for (Query query : queries()) {
					for (int round = 0; round < 3; round++) {
						for (int k : new int[] { 1, 20, 200, 1000 }) {
							List<String> plain = hits(searcher, query, k, k);
							assertThat(hits(searcher, KeptScores.within(query), k, k)).as("%s top %d", query, k)
								.isEqualTo(plain)
								.isEqualTo(hits(searcher, KeptScores.within(query), k, Integer.MAX_VALUE));
						}
					}
				}
			}
		}
	}

	/**
	 * The best score of the blocks of hits up to any doc bounds every hit's score there.
	 */
	@Test
	void boundsEveryScoreOfTheBlocksAsked() throws IOException {
		Random random = new Random(3);
		int[] docs = new int[1000];
		float[] scores = new float[docs.length];
		float max = 0;
		for (int i = 0, doc = 0; i < docs.length; i++) {
			doc += 1 + random.nextInt(5);
			docs[i] = doc;
			scores[i] = random.nextInt(50) / 7f;
			max = Math.max(max, scores[i]);
		}
		KeptList.Leaf leaf = new KeptList.Leaf(docs, scores, max);
		for (int round = 0; round < 200; round++) {
			KeptList.KeptScorer scorer = new KeptList.KeptScorer(leaf);
			int target = random.nextInt(docs[docs.length - 1] + 10);
			int end = scorer.advanceShallow(target);
			assertThat(end).isGreaterThanOrEqualTo(target);
			int upTo = target + random.nextInt(600);
			float bound = scorer.getMaxScore(upTo);
			for (int i = 0; i < docs.length; i++) {
				if (docs[i] >= target && docs[i] <= upTo) {
					assertThat(scores[i]).isLessThanOrEqualTo(bound);
				}
			}
			float min = random.nextInt(50) / 7f;
			scorer.setMinCompetitiveScore(min);
			for (int doc = scorer.iterator().advance(target); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer
				.iterator()
				.nextDoc()) {
				assertThat(scorer.score()).isGreaterThanOrEqualTo(min);
			}
		}
	}

	private static List<Query> queries() {
		Query family = concept(new String[][] { { "aide", "familiale" }, { "gezinszorg" }, { "gezinshulp" } });
		Query care = concept(new String[][] { { "soins" }, { "thuiszorg" }, { "zorg" }, { "domicile" } });
		Query filter = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
			.add(new TermQuery(new Term("status", "closed")), Occur.MUST_NOT)
			.build();
		Query part = new BooleanQuery.Builder().add(new TermQuery(new Term("area", "a")), Occur.SHOULD)
			.add(new TermQuery(new Term("area", "b")), Occur.SHOULD)
			.build();
		Query both = new BooleanQuery.Builder().add(family, Occur.SHOULD)
			.add(care, Occur.SHOULD)
			.setMinimumNumberShouldMatch(1)
			.build();
		Query all = new BooleanQuery.Builder().add(family, Occur.SHOULD)
			.add(care, Occur.SHOULD)
			.setMinimumNumberShouldMatch(2)
			.build();
		Query ranked = new BooleanQuery.Builder().add(care, Occur.MUST)
			.add(new TermQuery(new Term("body" + Analysis.EXACT, "seniors")), Occur.SHOULD)
			.add(new BoostQuery(new TermQuery(new Term("name" + Analysis.EXACT, "maison")), 3f), Occur.SHOULD)
			.build();
		List<Query> queries = new ArrayList<>();
		for (Query query : List.of(family, care, both, all, ranked)) {
			queries.add(query);
			queries.add(Filters.withFilter(Filters.withFilter(query, filter), part));
		}
		return queries;
	}

	/** A concept: the best of its terms, each over two fields. */
	private static Query concept(String[][] terms) {
		List<Query> alternatives = new ArrayList<>();
		for (int i = 0; i < terms.length; i++) {
			List<Query> fields = new ArrayList<>();
			for (String field : List.of("name", "body")) {
				BooleanQuery.Builder every = new BooleanQuery.Builder();
				for (String word : terms[i]) {
					every.add(new TermQuery(new Term(field + Analysis.EXACT, word)), Occur.MUST);
				}
				fields.add(new BoostQuery(every.build(), field.equals("name") ? 2f : 1f));
			}
			Query term = new DisjunctionMaxQuery(fields, 0.1f);
			alternatives.add((i == 0) ? term : new BoostQuery(term, 0.7f));
		}
		return new DisjunctionMaxQuery(alternatives, 0.1f);
	}

	private static List<String> hits(IndexSearcher searcher, Query query, int k, int threshold) throws IOException {
		List<String> hits = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, new TopScoreDocCollectorManager(k, null, threshold)).scoreDocs) {
			hits.add(hit.doc + "=" + Float.floatToIntBits(hit.score));
		}
		return hits;
	}

	private static Document document(int id, Random random) {
		Document doc = new Document();
		doc.add(new StringField("id", String.valueOf(id), Field.Store.NO));
		doc.add(new StringField("area", String.valueOf((char) ('a' + random.nextInt(4))), Field.Store.NO));
		if (random.nextInt(10) == 0) {
			doc.add(new StringField("status", "closed", Field.Store.NO));
		}
		doc.add(new TextField("name" + Analysis.EXACT, text(random, 1 + random.nextInt(3)), Field.Store.NO));
		doc.add(new TextField("body" + Analysis.EXACT, text(random, 3 + random.nextInt(8)), Field.Store.NO));
		return doc;
	}

	private static String text(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
		}
		return text.toString().strip();
	}

}

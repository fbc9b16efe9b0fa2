package brussels.maillage.directory.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.Thesaurus;

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
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One concept named twice ("walk in, no appointment": one thesaurus group; "coke" and
 * "addiction": narrower and broader) counts once in the coverage of a need (issue 17).
 */
class ConceptGroupsTests {

	private static final Thesaurus THESAURUS = new Thesaurus(List.of(List.of("permanence", "walk in", "no appointment"),
			List.of("huisarts", "gp"), List.of("assuetudes", "addiction"), List.of("cocaine", "coke", ">assuetudes")));

	@Test
	void groupsAreRelatedWhenTheSameOrOneBroaderThanTheOther() {
		assertThat(ConceptGroups.related(THESAURUS, 0, 0)).isTrue();
		assertThat(ConceptGroups.related(THESAURUS, 3, 2)).isTrue();
		assertThat(ConceptGroups.related(THESAURUS, 2, 3)).isTrue();
		assertThat(ConceptGroups.related(THESAURUS, 0, 1)).isFalse();
	}

	@Test
	void aConceptNamedTwiceCountsOnce() throws IOException {
		// 0 answers the whole need (a GP practice without appointment); 1 holds the one
		// concept under both its names, often.
		String[] texts = { "gp walkin", "walkin walkin noappointment noappointment noappointment" };
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.exact()))) {
			for (int i = 0; i < texts.length; i++) {
				Document document = new Document();
				document.add(new StringField("id", String.valueOf(i), Field.Store.YES));
				document.add(new TextField("body", texts[i], Field.Store.NO));
				writer.addDocument(document);
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				TypedConcepts concepts = new TypedConcepts(0, THESAURUS);
				concepts.need(term("walkin"), "walk in", 0);
				concepts.need(term("noappointment"), "no appointment", 0);
				concepts.need(term("gp"), "gp", 1);
				Query words = new BooleanQuery.Builder().add(term("walkin"), Occur.SHOULD)
					.add(term("noappointment"), Occur.SHOULD)
					.add(term("gp"), Occur.SHOULD)
					.build();
				assertThat(ids(searcher, words)).containsExactly("1", "0");
				assertThat(ids(searcher, concepts.around(words, List.of()))).containsExactly("0", "1");
			}
		}
	}

	private static Query term(String word) {
		return new TermQuery(new Term("body", word));
	}

	private static List<String> ids(IndexSearcher searcher, Query query) throws IOException {
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get("id"));
		}
		return ids;
	}

}

package brussels.maillage.directory.search.query;

import java.io.IOException;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A word only deleted services held is not a word of the index (issue 17). */
class LiveTermsTests {

	@Test
	void aTermOnlyInDeletedDocumentsIsNotInALiveOne() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
			writer.addDocument(service("1", "vestiaire ferme"));
			writer.addDocument(service("2", "douches vestiaire"));
			writer.commit();
			try (DirectoryReader before = DirectoryReader.open(writer)) {
				assertThat(LiveTerms.inALiveDocument(before, new Term("text", "ferme"))).isTrue();
			}
			writer.deleteDocuments(new Term("id", "1"));
			try (DirectoryReader after = DirectoryReader.open(writer)) {
				assertThat(after.hasDeletions()).isTrue();
				// Its document frequency still counts the deleted service.
				assertThat(after.docFreq(new Term("text", "ferme"))).isEqualTo(1);
				assertThat(LiveTerms.inALiveDocument(after, new Term("text", "ferme"))).isFalse();
				assertThat(LiveTerms.inALiveDocument(after, new Term("text", "vestiaire"))).isTrue();
				assertThat(LiveTerms.inALiveDocument(after, new Term("text", "douches"))).isTrue();
				assertThat(LiveTerms.inALiveDocument(after, new Term("text", "absent"))).isFalse();
			}
		}
	}

	private static Document service(String id, String text) {
		Document document = new Document();
		document.add(new StringField("id", id, Field.Store.NO));
		document.add(new TextField("text", text, Field.Store.NO));
		return document;
	}

}

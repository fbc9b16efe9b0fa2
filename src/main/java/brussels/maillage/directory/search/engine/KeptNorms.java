package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A field's norms in one segment as an array of bytes, read once and kept until the
 * segment is gone (an edit adds a segment and leaves the others': their arrays stay), so
 * that {@link ClauseByClause} reads a hit's norm from an array rather than the
 * memory-mapped file, term after term. One byte per document and field searched (a
 * segment of 100,000 services: 100 KB per field). A document without a norm in the field
 * holds 1, the norm Lucene's {@code TermScorer} gives it; a field whose norms do not fit
 * in a byte is not kept.
 */
final class KeptNorms {

	/** Per segment's core, per field: its norms, or empty when they do not fit. */
	private static final Map<IndexReader.CacheKey, Map<String, Optional<byte[]>>> NORMS = new ConcurrentHashMap<>();

	private KeptNorms() {
	}

	/** The field's norms in the segment, or {@code null} when not kept. */
	static byte[] of(LeafReader reader, String field) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return null;
		}
		Map<String, Optional<byte[]>> fields = NORMS.get(helper.getKey());
		if (fields == null) {
			fields = new ConcurrentHashMap<>();
			if (NORMS.putIfAbsent(helper.getKey(), fields) == null) {
				helper.addClosedListener(NORMS::remove);
			}
			fields = NORMS.getOrDefault(helper.getKey(), fields);
		}
		Optional<byte[]> norms = fields.get(field);
		if (norms == null) {
			norms = Optional.ofNullable(read(reader, field));
			fields.put(field, norms);
		}
		return norms.orElse(null);
	}

	private static byte[] read(LeafReader reader, String field) throws IOException {
		NumericDocValues values = reader.getNormValues(field);
		if (values == null) {
			return null;
		}
		byte[] norms = new byte[reader.maxDoc()];
		Arrays.fill(norms, (byte) 1);
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			long norm = values.longValue();
			if (norm != (byte) norm) {
				return null;
			}
			norms[doc] = (byte) norm;
		}
		return norms;
	}

}

package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The sort names ({@link SortKey}) of one segment's reader read from the index, kept by
 * ord until that reader closes, so that the hits two searches both rank compare their
 * names without decoding them from the index again (a block of compressed terms per
 * name). At most {@link #MOST} names are kept per segment; the others are read each time.
 */
final class SortNames {

	/** Names kept at most per segment. */
	static final int MOST = 100_000;

	/** Per segment's reader: its names read so far, by ord. */
	private static final Map<IndexReader.CacheKey, SortNames> SEGMENTS = new ConcurrentHashMap<>();

	private final AtomicReferenceArray<BytesRef> names;

	private final AtomicInteger kept = new AtomicInteger();

	private SortNames(int count) {
		this.names = new AtomicReferenceArray<>(count);
	}

	/** The names of the segment's sort values, or {@code null} when not kept. */
	static SortNames of(LeafReader reader, SortedDocValues values) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return null;
		}
		SortNames names = SEGMENTS.get(helper.getKey());
		if (names == null) {
			names = new SortNames(values.getValueCount());
			if (SEGMENTS.putIfAbsent(helper.getKey(), names) == null) {
				helper.addClosedListener(SEGMENTS::remove);
			}
			names = SEGMENTS.getOrDefault(helper.getKey(), names);
		}
		return (names.names.length() == values.getValueCount()) ? names : null;
	}

	/** The name at {@code ord} of {@code values} (this segment's). */
	BytesRef name(SortedDocValues values, int ord) throws IOException {
		BytesRef name = this.names.get(ord);
		if (name == null) {
			name = BytesRef.deepCopyOf(values.lookupOrd(ord));
			if (this.kept.incrementAndGet() <= MOST) {
				this.names.set(ord, name);
			}
		}
		return name;
	}

}

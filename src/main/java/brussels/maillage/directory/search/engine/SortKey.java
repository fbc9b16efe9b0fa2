package brussels.maillage.directory.search.engine;

import java.io.IOException;

import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * A hit's sort key (its name) in the order of its UTF-8 bytes (the order of code points):
 * two hits of one leaf compare by their ords, which are in that order; the names are read
 * from the index only when two hits of different leaves tie on everything before it.
 */
final class SortKey implements Comparable<SortKey> {

	private final SortedDocValues values;

	private final int ord;

	private BytesRef bytes;

	/** The segment's names read so far, or {@code null}. */
	private final SortNames names;

	SortKey(SortedDocValues values, int ord) {
		this(values, ord, null);
	}

	SortKey(SortedDocValues values, int ord, SortNames names) {
		this.values = values;
		this.ord = ord;
		this.names = names;
	}

	private BytesRef bytes() {
		if (this.bytes == null) {
			try {
				this.bytes = (this.ord < 0) ? new BytesRef() : (this.names != null)
						? this.names.name(this.values, this.ord) : BytesRef.deepCopyOf(this.values.lookupOrd(this.ord));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return this.bytes;
	}

	@Override
	public int compareTo(SortKey other) {
		if (this.values == other.values) {
			return Integer.compare(this.ord, other.ord);
		}
		return bytes().compareTo(other.bytes());
	}

}

package brussels.maillage.directory.search.index;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import brussels.maillage.directory.search.contract.SearchDocument;

/**
 * Documents read on a thread of their own while the engine indexes those before (the
 * rebuild from PostgreSQL, {@link IndexSync}).
 */
final class ReadAhead {

	private ReadAhead() {
	}

	/**
	 * The documents of {@code source} read on a thread of their own, at most
	 * {@code ahead} of them waiting: the next services are read from PostgreSQL while the
	 * engine indexes those before, instead of the engine's threads waiting for each page.
	 * A reader nobody takes from for a minute (the rebuild failed) stops.
	 */
	static Iterable<SearchDocument> of(Iterable<SearchDocument> source, int ahead) {
		return () -> {
			BlockingQueue<Object> queue = new ArrayBlockingQueue<>(ahead);
			Thread.ofPlatform().daemon().name("search-index-read-ahead").start(() -> {
				try {
					for (SearchDocument document : source) {
						if (!queue.offer(document, 1, TimeUnit.MINUTES)) {
							return;
						}
					}
					queue.offer(END, 1, TimeUnit.MINUTES);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (RuntimeException | Error ex) {
					try {
						queue.offer(new Failed(ex), 1, TimeUnit.MINUTES);
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
					}
				}
			});
			return new Iterator<>() {

				private Object next;

				@Override
				public boolean hasNext() {
					if (this.next == null) {
						try {
							this.next = queue.take();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							throw new IllegalStateException(ex);
						}
					}
					if (this.next instanceof Failed failed) {
						if (failed.cause() instanceof RuntimeException runtime) {
							throw runtime;
						}
						throw (Error) failed.cause();
					}
					return this.next != END;
				}

				@Override
				public SearchDocument next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					SearchDocument document = (SearchDocument) this.next;
					this.next = null;
					return document;
				}

			};
		};
	}

	/** The end of the documents read ahead. */
	private static final Object END = new Object();

	/** Reading failed: the failure, thrown to the thread indexing. */
	private record Failed(Throwable cause) {
	}

}

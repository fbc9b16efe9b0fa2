package brussels.maillage.directory.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchEngine;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Writes services into the index: a full rebuild streamed on every processor, the changed
 * services replaced (on every processor for an import's thousands), or an import's
 * services indexed apart while it writes them, then added as they are.
 */
public final class IndexWriting {

	/** Documents converted and added per task of a rebuild. */
	private static final int BATCH = 500;

	/** Changed services from which an update runs on every processor (an import). */
	private static final int PARALLEL_UPDATE = 2_000;

	private final LuceneIndex index;

	private final IndexWriter writer;

	public IndexWriting(LuceneIndex index) {
		this.index = index;
		this.writer = index.writer();
	}

	/** Replaces every service by these, then refreshes the searchers. */
	public void rebuild(Iterable<SearchDocument> documents, Runnable beforeRefresh) {
		try {
			// Searches under way keep reading the reader they hold, until the refresh.
			this.writer.deleteAll();
			addAll(this.writer, documents);
			beforeRefresh.run();
			this.index.refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Indexes {@code documents} apart from the searched index, on every processor, into
	 * an index in memory that {@link #add} adds later: an import's services, indexed
	 * while the import writes them to PostgreSQL and before they may be searched.
	 */
	public Prepared prepare(Iterable<SearchDocument> documents) {
		Directory side = new ByteBuffersDirectory();
		boolean prepared = false;
		try (IndexWriter apart = new IndexWriter(side, LuceneIndex.apartConfig())) {
			int count = addAll(apart, documents);
			apart.commit();
			prepared = true;
			return new Prepared(side, count);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!prepared) {
				closeQuietly(side);
			}
		}
	}

	/**
	 * Adds the services indexed apart ({@link #prepare}), after forgetting
	 * {@code replaced} (whatever the index holds of them: every one of them, so that none
	 * is held twice), then refreshes. The segments are copied as they are: nothing is
	 * analysed again.
	 */
	public void add(Prepared prepared, Collection<UUID> replaced) {
		try {
			this.writer
				.deleteDocuments(replaced.stream().map((id) -> new Term("id", id.toString())).toArray(Term[]::new));
			this.writer.addIndexes(prepared.directory());
			this.index.refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			prepared.close();
		}
	}

	/**
	 * Adds {@code documents} to {@code writer} on every processor, batch by batch, then
	 * writes each thread's buffer to its segment on a thread of its own.
	 * @return how many were added
	 */
	private static int addAll(IndexWriter writer, Iterable<SearchDocument> documents) throws IOException {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			int count = 0;
			List<Future<?>> pending = new ArrayList<>();
			List<SearchDocument> batch = new ArrayList<>(BATCH);
			for (SearchDocument document : documents) {
				batch.add(document);
				count++;
				if (batch.size() == BATCH) {
					pending.add(pool.submit(addAll(writer, batch)));
					batch = new ArrayList<>(BATCH);
					// At most two batches per thread waiting: the documents are not all
					// held in memory when they are streamed.
					while (pending.size() > threads * 2) {
						pending.remove(0).get();
					}
				}
			}
			pending.add(pool.submit(addAll(writer, batch)));
			for (Future<?> future : pending) {
				future.get();
			}
			// Each thread's buffer written to its segment on a thread of its own, rather
			// than one after the other by the refresh or the commit.
			List<Future<?>> flushes = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				flushes.add(pool.submit(() -> {
					while (writer.flushNextBuffer()) {
						// the next one
					}
					return null;
				}));
			}
			for (Future<?> flush : flushes) {
				flush.get();
			}
			return count;
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdown();
		}
	}

	private static Callable<Void> addAll(IndexWriter writer, List<SearchDocument> batch) {
		return () -> {
			for (SearchDocument document : batch) {
				writer.addDocument(ServiceDocuments.document(document));
			}
			return null;
		};
	}

	private static void closeQuietly(Directory directory) {
		try {
			directory.close();
		}
		catch (IOException ex) {
			// nothing kept
		}
	}

	/** Indexes these services again and forgets the removed ones, then refreshes. */
	public void update(Collection<SearchDocument> changed, Collection<UUID> removed) {
		try {
			for (UUID id : removed) {
				this.writer.deleteDocuments(new Term("id", id.toString()));
			}
			if (changed.size() < PARALLEL_UPDATE) {
				for (SearchDocument document : changed) {
					this.writer.updateDocument(new Term("id", document.id().toString()),
							ServiceDocuments.document(document));
				}
			}
			else {
				updateInParallel(List.copyOf(changed));
			}
			this.index.refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Many services at once (an import): converted and replaced on every processor. */
	private void updateInParallel(List<SearchDocument> changed) {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (int from = 0; from < changed.size(); from += BATCH) {
				List<SearchDocument> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
				pending.add(pool.submit(() -> {
					for (SearchDocument document : batch) {
						this.writer.updateDocument(new Term("id", document.id().toString()),
								ServiceDocuments.document(document));
					}
					return null;
				}));
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * Services indexed apart, in memory, until they are added to the searched index or
	 * given up.
	 */
	public static final class Prepared implements SearchEngine.Prepared {

		private final Directory directory;

		private final int size;

		private final AtomicBoolean closed = new AtomicBoolean();

		Prepared(Directory directory, int size) {
			this.directory = directory;
			this.size = size;
		}

		Directory directory() {
			return this.directory;
		}

		@Override
		public int size() {
			return this.size;
		}

		@Override
		public void close() {
			if (this.closed.compareAndSet(false, true)) {
				closeQuietly(this.directory);
			}
		}

	}

}

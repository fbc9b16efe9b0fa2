package brussels.maillage.directory.search;

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

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Writes services into the index: a full rebuild streamed on every processor, or the
 * changed services replaced (on every processor for an import's thousands).
 */
final class IndexWriting {

	/** Documents converted and added per task of a rebuild. */
	private static final int BATCH = 500;

	/** Changed services from which an update runs on every processor (an import). */
	private static final int PARALLEL_UPDATE = 2_000;

	private final LuceneIndex index;

	private final IndexWriter writer;

	IndexWriting(LuceneIndex index) {
		this.index = index;
		this.writer = index.writer();
	}

	/** Replaces every service by these, then refreshes the searchers. */
	void rebuild(Iterable<SearchDocument> documents, Runnable beforeRefresh) {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			// Searches under way keep reading the reader they hold, until the refresh.
			this.writer.deleteAll();
			List<Future<?>> pending = new ArrayList<>();
			List<SearchDocument> batch = new ArrayList<>(BATCH);
			for (SearchDocument document : documents) {
				batch.add(document);
				if (batch.size() == BATCH) {
					pending.add(pool.submit(addAll(batch)));
					batch = new ArrayList<>(BATCH);
					// At most two batches per thread waiting: the documents are not all
					// held in memory when they are streamed.
					while (pending.size() > threads * 2) {
						pending.remove(0).get();
					}
				}
			}
			pending.add(pool.submit(addAll(batch)));
			for (Future<?> future : pending) {
				future.get();
			}
			// Each thread's buffer written to its segment on a thread of its own, rather
			// than one after the other by the refresh below.
			List<Future<?>> flushes = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				flushes.add(pool.submit(() -> {
					while (this.writer.flushNextBuffer()) {
						// the next one
					}
					return null;
				}));
			}
			for (Future<?> flush : flushes) {
				flush.get();
			}
			beforeRefresh.run();
			this.index.refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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

	private Callable<Void> addAll(List<SearchDocument> batch) {
		return () -> {
			for (SearchDocument document : batch) {
				this.writer.addDocument(ServiceDocuments.document(document));
			}
			return null;
		};
	}

	/** Indexes these services again and forgets the removed ones, then refreshes. */
	void update(Collection<SearchDocument> changed, Collection<UUID> removed) {
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

}

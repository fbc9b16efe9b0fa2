package brussels.maillage.directory.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import brussels.maillage.directory.search.words.Analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index itself: its writer and its near-real-time searchers, in a folder
 * (reopened when it holds an index of this layout, memory-mapped) or in memory; its
 * commits record what the directory keeps with it (the version it holds).
 */
public final class LuceneIndex {

	private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

	private static final String LAYOUT_KEY = "layout";

	private final Analyzer indexing = Analysis.index();

	private final IndexWriter writer;

	private final SearcherManager manager;

	private final String storage;

	/** What the last commit kept (without the layout), empty when nothing was kept. */
	private final Map<String, String> kept;

	/**
	 * An index in a folder, reopened when it holds one of this layout (memory-mapped), or
	 * in memory when {@code folder} is {@code null} or another process holds it.
	 */
	public LuceneIndex(Path folder) {
		try {
			Directory directory = null;
			Map<String, String> committed = Map.of();
			String where = "memory";
			if (folder != null) {
				Files.createDirectories(folder);
				directory = FSDirectory.open(folder);
				committed = committed(directory);
				where = folder.toString();
			}
			IndexWriter opened = null;
			if (directory != null) {
				try {
					opened = new IndexWriter(directory, config(committed.isEmpty() ? IndexWriterConfig.OpenMode.CREATE
							: IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
				}
				catch (LockObtainFailedException ex) {
					log.warn("Search index folder {} is in use by another process: index kept in memory", folder);
					directory.close();
					where = "memory";
					committed = Map.of();
				}
			}
			this.writer = (opened != null) ? opened
					: new IndexWriter(new ByteBuffersDirectory(), config(IndexWriterConfig.OpenMode.CREATE));
			this.storage = where;
			this.kept = committed;
			this.manager = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The user data of the folder's last commit when of this layout, else empty. */
	private static Map<String, String> committed(Directory directory) {
		try {
			Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
			if (!ServiceDocuments.LAYOUT.equals(data.remove(LAYOUT_KEY))) {
				return Map.of();
			}
			return Map.copyOf(data);
		}
		catch (IndexNotFoundException ex) {
			return Map.of();
		}
		catch (IOException | RuntimeException ex) {
			// Unreadable (another Lucene version, a damaged file): built again.
			log.warn("Search index on disk unreadable ({}): built again", ex.toString());
			return Map.of();
		}
	}

	private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
		IndexWriterConfig config = new IndexWriterConfig(this.indexing);
		config.setOpenMode(mode);
		config.setRAMBufferSizeMB(256);
		config.setUseCompoundFile(false);
		// A rebuild cut short leaves nothing half done on disk: only commits count.
		config.setCommitOnClose(false);
		return config;
	}

	/**
	 * The configuration of an index written apart ({@link IndexWriting#prepare}):
	 * analysed as this one, never merged (its segments are added to this index as they
	 * are).
	 */
	static IndexWriterConfig apartConfig() {
		IndexWriterConfig config = new IndexWriterConfig(Analysis.index());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
		config.setRAMBufferSizeMB(256);
		config.setUseCompoundFile(false);
		config.setMergePolicy(NoMergePolicy.INSTANCE);
		return config;
	}

	public IndexWriter writer() {
		return this.writer;
	}

	/** Makes the latest changes visible to the next searches. */
	public void refresh() throws IOException {
		this.manager.maybeRefreshBlocking();
	}

	/** What a search does with a searcher held for it. */
	public interface WithSearcher<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/** Runs {@code work} with the current searcher, released after. */
	public <T> T withSearcher(WithSearcher<T> work) {
		try {
			IndexSearcher searcher = this.manager.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				this.manager.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String storage() {
		return this.storage;
	}

	public Map<String, String> kept() {
		return this.kept;
	}

	/** Commits what is indexed, with {@code data} and the layout. */
	public void commit(Map<String, String> data) {
		Map<String, String> all = new HashMap<>(data);
		all.put(LAYOUT_KEY, ServiceDocuments.LAYOUT);
		this.writer.setLiveCommitData(all.entrySet());
		try {
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void close() {
		try {
			this.manager.close();
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

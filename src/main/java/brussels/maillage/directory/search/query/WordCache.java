package brussels.maillage.directory.search.query;

/**
 * What one index reader makes of words (their queries, their closest spellings), kept
 * until the index changes; emptied when it grows past a few thousand words.
 */
record WordCache(Object reader,
		java.util.concurrent.ConcurrentMap<String, java.util.Optional<org.apache.lucene.search.Query>> queries,
		java.util.concurrent.ConcurrentMap<String, java.util.Optional<String>> spellings,
		java.util.concurrent.ConcurrentMap<String, Integer> counts) {

	private static final int SIZE = 20_000;

	WordCache(Object reader) {
		this(reader, new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>(),
				new java.util.concurrent.ConcurrentHashMap<>());
	}

	<T> void remember(java.util.concurrent.ConcurrentMap<String, T> map, String word, T value) {
		if (map.size() >= SIZE) {
			map.clear();
		}
		map.put(word, value);
	}

}

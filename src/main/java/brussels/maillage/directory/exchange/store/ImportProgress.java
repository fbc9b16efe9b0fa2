package brussels.maillage.directory.exchange.store;

/**
 * Told how far an import has come: the phase and the rows done out of the rows to do; the
 * import tells it while it reads and checks, the store while it writes.
 */
public interface ImportProgress {

	ImportProgress NONE = (phase, done, total) -> {
	};

	/**
	 * @param phase {@code reading}, {@code validating} or {@code writing}
	 * @param done rows done
	 * @param total rows to do in this phase
	 */
	void at(String phase, long done, long total);

	default void writing(long done, long total) {
		at("writing", done, total);
	}

}

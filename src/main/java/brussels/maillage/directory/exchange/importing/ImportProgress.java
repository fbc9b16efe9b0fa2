package brussels.maillage.directory.exchange.importing;

/**
 * Told how far an import has come: the phase and the rows done out of the rows to do.
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

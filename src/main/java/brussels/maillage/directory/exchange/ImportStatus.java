package brussels.maillage.directory.exchange;

import brussels.maillage.directory.exchange.importing.ImportReport;

import java.util.UUID;

/**
 * Where a background import stands, for the import page.
 *
 * @param id the import's id
 * @param phase {@code queued}, {@code reading}, {@code validating}, {@code writing} or
 * {@code finished}
 * @param done rows done in this phase
 * @param total rows of this phase
 * @param finished whether it is over (its report is ready, or it failed)
 * @param failed whether it stopped on an unexpected error (nothing was written)
 * @param report the report, once finished
 * @param choice what the administrator chose
 */
record ImportStatus(UUID id, String phase, long done, long total, boolean finished, boolean failed, ImportReport report,
		ImportChoice choice) {

	/** Percentage of the phase done, 0 to 100. */
	public int percent() {
		return (this.total <= 0) ? 0 : (int) Math.min(100, this.done * 100 / this.total);
	}

}

package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.store.ImportProgress;

/** Counts the rows validated, telling the progress every 500 rows. */
final class RowCounter {

	private final ImportProgress progress;

	private final long total;

	private long done;

	RowCounter(ImportProgress progress, long total) {
		this.progress = progress;
		this.total = total;
		progress.at("validating", 0, total);
	}

	void tick() {
		this.done++;
		if (this.done % 500 == 0) {
			this.progress.at("validating", Math.min(this.done, this.total), this.total);
		}
	}

}

package brussels.maillage.system.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start refused because another Maillage holds the data folder ends with what to do,
 * not a stack trace.
 */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the Maillage holding the folder (pid " + cause.owner().pid()
						+ "), or set MAILLAGE_DATA_DIR (--maillage.data-dir) to another folder. Its database was left"
						+ " untouched.",
				cause);
	}

}

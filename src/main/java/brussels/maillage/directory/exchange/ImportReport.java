package brussels.maillage.directory.exchange;

import java.util.List;

/**
 * What an import did, or why it wrote nothing.
 *
 * @param added services added
 * @param changed services whose data changed
 * @param unchanged services already identical
 * @param errors problems found; when there are any, nothing was written
 */
record ImportReport(int added, int changed, int unchanged, List<Problem> errors) {

	ImportReport {
		errors = List.copyOf(errors);
	}

	/**
	 * One problem in the package.
	 *
	 * @param table the HSDS table (resource name)
	 * @param line the line in its CSV file (the header is line 1)
	 * @param field the column
	 * @param reason what is wrong
	 */
	record Problem(String table, long line, String field, String reason) {
	}

}

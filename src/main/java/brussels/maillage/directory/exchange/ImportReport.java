package brussels.maillage.directory.exchange;

import java.util.List;

/**
 * What an import did, or why it wrote nothing.
 *
 * @param added services added
 * @param changed services whose data changed
 * @param unchanged services already identical
 * @param closed services of the same source absent from the package, now closed
 * @param written whether anything was written (all-or-nothing with errors writes nothing;
 * "valid rows" writes the rows without problems)
 * @param source the package's source (services keep it)
 * @param errors problems found, by table, line and field
 */
record ImportReport(int added, int changed, int unchanged, int closed, boolean written, String source,
		List<Problem> errors) {

	ImportReport {
		errors = List.copyOf(errors);
	}

	ImportReport(int added, int changed, int unchanged, List<Problem> errors) {
		this(added, changed, unchanged, 0, errors.isEmpty(), null, errors);
	}

	static ImportReport refused(List<Problem> errors) {
		return new ImportReport(0, 0, 0, 0, false, null, errors);
	}

	/** The problems as CSV (table, line, field, reason), header first. */
	String errorsCsv() {
		StringBuilder csv = new StringBuilder("table,line,field,reason\r\n");
		for (Problem problem : this.errors) {
			csv.append(cell(problem.table()))
				.append(',')
				.append(problem.line())
				.append(',')
				.append(cell(problem.field()))
				.append(',')
				.append(cell(problem.reason()))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static String cell(String value) {
		return "\"" + ((value != null) ? value.replace("\"", "\"\"") : "") + "\"";
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

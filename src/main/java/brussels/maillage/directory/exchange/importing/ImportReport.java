package brussels.maillage.directory.exchange.importing;

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
 * @param warnings what was imported differently from the package without being an error
 * (a place outside the Region without a commune, unusable coordinates dropped, attributes
 * of other entities not imported), by table, line and field
 */
public record ImportReport(int added, int changed, int unchanged, int closed, boolean written, String source,
		List<Problem> errors, List<Problem> warnings) {

	public ImportReport {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public ImportReport(int added, int changed, int unchanged, List<Problem> errors) {
		this(added, changed, unchanged, 0, errors.isEmpty(), null, errors, List.of());
	}

	static ImportReport refused(List<Problem> errors) {
		return refused(errors, List.of());
	}

	static ImportReport refused(List<Problem> errors, List<Problem> warnings) {
		return new ImportReport(0, 0, 0, 0, false, null, errors, warnings);
	}

	/**
	 * The errors then the warnings as CSV (table, line, field, reason, severity), header
	 * first.
	 */
	public String errorsCsv() {
		StringBuilder csv = new StringBuilder("table,line,field,reason,severity\r\n");
		append(csv, this.errors, "error");
		append(csv, this.warnings, "warning");
		return csv.toString();
	}

	private static void append(StringBuilder csv, List<Problem> problems, String severity) {
		for (Problem problem : problems) {
			csv.append(cell(problem.table()))
				.append(',')
				.append(problem.line())
				.append(',')
				.append(cell(problem.field()))
				.append(',')
				.append(cell(problem.reason()))
				.append(',')
				.append(severity)
				.append("\r\n");
		}
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
	 * @param reason what is wrong, in English (API, CSV report, command line)
	 * @param key what names the message that says it in the page's language: an error's
	 * key is {@code error.<name>} (message {@code exchange.error.<name>}), a warning's is
	 * {@code <name>} (message {@code exchange.warning.<name>})
	 * @param args the message's arguments
	 */
	public record Problem(String table, long line, String field, String reason, String key, List<Object> args) {

		public Problem {
			java.util.Objects.requireNonNull(key, "every problem has a message key");
			args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
		}

		/** An error, whose message is {@code exchange.error.<name>}. */
		static Problem error(String table, long line, String field, String name, String reason, Object... args) {
			return new Problem(table, line, field, reason, "error." + name, java.util.Arrays.asList(args));
		}

		/** The message key in the page's language. */
		public String messageKey() {
			return this.key.startsWith("error.") ? "exchange." + this.key : "exchange.warning." + this.key;
		}

	}

}

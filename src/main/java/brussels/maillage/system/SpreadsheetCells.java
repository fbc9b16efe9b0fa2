package brussels.maillage.system;

/**
 * Text for a cell of a CSV or XLSX file that people open in a spreadsheet. A cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * would be read as a formula (spreadsheet formula injection, OWASP "CSV injection"): it
 * is kept as text by a leading apostrophe, which spreadsheets do not show.
 * <p>
 * Numbers are written as numbers by the exports; this is for text only, so a negative
 * amount written as text would also gain the apostrophe, which is the safe side.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** {@code value} as text a spreadsheet shows as written; {@code null} stays null. */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

	/**
	 * {@code value} for a spreadsheet cell: text is neutralised as {@link #text(String)},
	 * anything else (numbers, dates, null) is returned as it is.
	 */
	public static Object cell(Object value) {
		return (value instanceof String string) ? text(string) : value;
	}

}

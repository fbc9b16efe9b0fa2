package brussels.maillage.directory.exchange;

import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;

/**
 * The cells of a package's CSV rows as the import reads them: stripped, blank as
 * {@code null}, ids that may be malformed, space-separated words, phone numbers.
 */
final class Cells {

	private Cells() {
	}

	/** The stripped value of a column, empty when the column or value is absent. */
	static String value(CSVRecord row, String field) {
		return (row.isMapped(field) && row.get(field) != null) ? row.get(field).strip() : "";
	}

	static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The value of a column after {@code prefix}, empty when there is none. */
	static String blankOr(CSVRecord row, String field, String prefix) {
		return (row.isMapped(field) && !row.get(field).isBlank()) ? prefix + row.get(field).strip() : "";
	}

	static UUID uuidOrNull(String value) {
		try {
			return (value != null) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static List<String> words(String value) {
		return (value == null || value.isBlank()) ? List.of() : List.of(value.strip().split("\\s+"));
	}

	/**
	 * A phone number without what CSV tools leave around it: surrounding quotes (a number
	 * quoted twice, {@code """+44 1234"""}), spaces.
	 */
	static String number(String value) {
		if (value == null) {
			return null;
		}
		String number = value.strip();
		while (number.length() >= 2 && isQuote(number.charAt(0)) && isQuote(number.charAt(number.length() - 1))) {
			number = number.substring(1, number.length() - 1).strip();
		}
		return number.isEmpty() ? null : number;
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
	}

}

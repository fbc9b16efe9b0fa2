package brussels.maillage.directory.exchange.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

	/**
	 * A date as HSDS writes it ({@code 2024-03-05}), or as ISO 8601 also writes one: the
	 * basic form ({@code 20240305}), or the date of a date-time
	 * ({@code 2024-03-05T10:00:00+01:00}).
	 * @throws DateTimeParseException when it is none of these
	 */
	static LocalDate date(String value) {
		String date = value.strip();
		if (date.matches("\\d{8}(T\\d{4,6}(Z|[+-]\\d{2,4})?)?")) {
			// RFC 5545 writes DTSTART and UNTIL so: 20261107 or 20261107T090000Z.
			return LocalDate.parse(date.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
		}
		if (date.length() > 10 && date.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
			instant(date);
			return LocalDate.parse(date.substring(0, 10));
		}
		return LocalDate.parse(date);
	}

	/**
	 * A date-time as ISO 8601 and RFC 3339 write it: with {@code Z} or an offset
	 * ({@code +01:00}, {@code +0100}, {@code +01}), or without (HSDS: UTC), with or
	 * without seconds and their fraction, with {@code T} or a space; a date alone is its
	 * midnight, UTC.
	 * @throws DateTimeParseException when it is none of these
	 */
	static Instant instant(String value) {
		String time = value.strip();
		if (!time.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
			return date(time).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		time = time.substring(0, 10) + "T" + time.substring(11);
		time = time.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replaceFirst("(T.*[+-]\\d{2})$", "$1:00");
		try {
			return OffsetDateTime.parse(time).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(time.replaceFirst("Z$", "")).toInstant(ZoneOffset.UTC);
		}
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
	}

}

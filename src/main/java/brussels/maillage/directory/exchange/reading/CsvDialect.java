package brussels.maillage.directory.exchange.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import tools.jackson.databind.JsonNode;

/**
 * How a resource of a package writes its CSV file, as its {@code encoding} and its
 * Frictionless CSV {@code dialect} say (issue 17): the delimiter ({@code ;} from a
 * spreadsheet set in French or Dutch), the quote and escape characters, whether quotes
 * are doubled, whether the first row is a header (without one, the columns are the
 * schema's fields, in order), a comment character, a null sequence, spaces after the
 * delimiter; the line ends are read whatever they are (CR, LF or CRLF), and a doubled
 * quote inside quotes is one quote whatever {@code doubleQuote} says (with
 * {@code doubleQuote} false, quotes are escaped by the {@code escapeChar}). The encoding
 * is UTF-8 unless said ({@code windows-1252}, {@code latin-1}: Excel's exports in
 * Belgium); a file said or assumed to be UTF-8 that is not is read as windows-1252, with
 * a warning, as is an encoding Java does not know.
 *
 * @param charset the encoding the resource declares, {@code null} when it declares none
 * @param declared the encoding as written, for the report
 * @param format how to parse the file
 * @param nullSequence the value that means no value, {@code null} when none
 * @param delimiterGiven whether the resource says its delimiter; when it does not, a file
 * whose first line holds no comma but semicolons, tabs or bars is read with those (as
 * Frictionless guesses a dialect)
 */
public record CsvDialect(Charset charset, String declared, CSVFormat format, String nullSequence,
		boolean delimiterGiven) {

	/**
	 * A CSV file with a header row, commas, double quotes, in UTF-8; a header cell may be
	 * empty (a spreadsheet's trailing empty column).
	 */
	static final CsvDialect DEFAULT = new CsvDialect(null, null,
			CSVFormat.DEFAULT.builder().setHeader().setAllowMissingColumnNames(true).get(), null, false);

	/** The windows-1252 encoding, read when UTF-8 does not fit. */
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** The dialect and encoding of a resource of the descriptor. */
	public static CsvDialect of(JsonNode resource) {
		JsonNode dialect = resource.path("dialect");
		String declared = resource.hasNonNull("encoding") ? resource.get("encoding").asString().strip() : null;
		if (!dialect.isObject() && declared == null) {
			return DEFAULT;
		}
		CSVFormat.Builder format = CSVFormat.DEFAULT.builder()
			.setAllowMissingColumnNames(true)
			.setDelimiter(text(dialect, "delimiter", ","))
			.setQuote(character(dialect, "quoteChar", '"'));
		Character escape = character(dialect, "escapeChar", null);
		if (escape != null) {
			format.setEscape(escape);
		}
		Character comment = character(dialect, "commentChar", null);
		if (comment != null) {
			format.setCommentMarker(comment);
		}
		if (dialect.path("skipInitialSpace").asBoolean(false)) {
			format.setIgnoreSurroundingSpaces(true);
		}
		if (dialect.path("header").asBoolean(true)) {
			format.setHeader();
		}
		else {
			List<String> fields = new ArrayList<>();
			resource.path("schema").path("fields").forEach((field) -> fields.add(field.path("name").asString()));
			format.setHeader(fields.toArray(String[]::new));
		}
		String nullSequence = dialect.hasNonNull("nullSequence") ? dialect.get("nullSequence").asString() : null;
		return new CsvDialect(charset(declared), declared, format.get(), nullSequence,
				!text(dialect, "delimiter", "").isEmpty());
	}

	/**
	 * This dialect, or, when the resource does not say its delimiter and the first line
	 * of {@code text} holds no comma, the same with the semicolon, tab or bar that line
	 * holds (a spreadsheet saved as CSV in French or Dutch writes semicolons).
	 */
	CsvDialect sniffed(String text) {
		if (this.delimiterGiven) {
			return this;
		}
		int end = 0;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		String line = text.substring(0, end);
		if (line.indexOf(',') >= 0) {
			return this;
		}
		for (char delimiter : new char[] { ';', '\t', '|' }) {
			if (line.indexOf(delimiter) >= 0) {
				return new CsvDialect(this.charset, this.declared, this.format.builder().setDelimiter(delimiter).get(),
						this.nullSequence, true);
			}
		}
		return this;
	}

	/** Whether the resource declares an encoding Java does not know. */
	public boolean unknownEncoding() {
		return this.declared != null && this.charset == null;
	}

	/**
	 * The text of a file in the declared encoding (UTF-8 when none is declared or known);
	 * {@code null} when the file is not UTF-8 as said or assumed (then read it with
	 * {@link #fallback}).
	 */
	String decode(byte[] file) {
		Charset charset = (this.charset != null) ? this.charset : StandardCharsets.UTF_8;
		if (!charset.equals(StandardCharsets.UTF_8)) {
			return new String(file, charset);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** A file that is not UTF-8, read as windows-1252 (a superset of latin-1). */
	static String fallback(byte[] file) {
		return new String(file, WINDOWS_1252);
	}

	/**
	 * The Java charset of an encoding as Frictionless (Python's codecs) names it:
	 * {@code utf-8}, {@code utf8}, {@code windows-1252}, {@code cp1252}, {@code latin-1},
	 * {@code iso-8859-1}; {@code null} when unknown.
	 */
	private static Charset charset(String name) {
		if (name == null || name.isEmpty()) {
			return null;
		}
		// utf-8-sig: UTF-8 with a byte order mark, which the reading drops anyway.
		String lower = name.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("-sig$", "");
		for (String candidate : List.of(lower, lower.replace("latin-", "latin"), lower.replace("-", ""))) {
			try {
				return Charset.forName(candidate);
			}
			catch (IllegalArgumentException ex) {
				// Try the next spelling.
			}
		}
		return null;
	}

	private static String text(JsonNode dialect, String key, String otherwise) {
		String value = dialect.hasNonNull(key) ? dialect.get(key).asString() : "";
		return value.isEmpty() ? otherwise : value;
	}

	private static Character character(JsonNode dialect, String key, Character otherwise) {
		String value = dialect.hasNonNull(key) ? dialect.get(key).asString() : "";
		return value.isEmpty() ? otherwise : Character.valueOf(value.charAt(0));
	}

}

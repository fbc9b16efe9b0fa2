package brussels.maillage.directory.exchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Every problem the import can report (error or warning) says itself in the reader's
 * language: each place of {@code directory.exchange} that records one names a message
 * key, and that key has a message in fr, nl and en.
 */
class ProblemMessagesTests {

	private static final Path SOURCES = Path.of("src/main/java/brussels/maillage/directory/exchange");

	/** A call that records a problem: its fourth argument is the key. */
	private static final Pattern CALL = Pattern.compile("\\b(problem|warning|Problem\\.error)\\(");

	@Test
	void everyPlaceThatRecordsAProblemNamesAKeyWithAMessageInEveryLanguage() throws IOException {
		Map<String, String> keys = keysOfEveryProducingSite();
		// The sites this test must see (a regression in the scan would pass silently).
		assertThat(keys).containsKeys("exchange.error.missingField", "exchange.error.badUuid",
				"exchange.error.columnMissing", "exchange.error.noDescriptor", "exchange.error.tableMissing",
				"exchange.warning.hoursWithoutDay", "exchange.warning.placeWithoutAddress");
		assertThat(keys).hasSizeGreaterThan(55);
		for (String language : List.of("fr", "nl", "en")) {
			Properties messages = messages(language);
			keys.forEach((key, site) -> {
				assertThat(messages.getProperty(key)).as("%s (%s) in %s", key, site, language).isNotBlank();
				// Formats with any arguments (a malformed pattern throws).
				new MessageFormat(messages.getProperty(key), Locale.forLanguageTag(language))
					.format(new Object[] { 1, 2, 3 });
			});
		}
		Properties french = messages("fr");
		Properties english = messages("en");
		keys.keySet()
			.forEach((key) -> assertThat(french.getProperty(key)).as("%s in French", key)
				.isNotEqualTo(english.getProperty(key)));
	}

	@Test
	void aProblemWithoutAKeyCannotBeMade() {
		assertThatNullPointerException()
			.isThrownBy(() -> new ImportReport.Problem("service", 2, "name", "missing", null, List.of()));
	}

	@Test
	void theRowCheckersReportEachFaultWithItsKeyAndTheValueAsArgument() throws IOException {
		CSVRecord row = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader("id,n,x,d,t,time\nnot-a-uuid,1.5x,abc,2024-13-01,yesterday,25:00\n"))
			.getRecords()
			.get(0);
		ParsedPackage parsed = new ParsedPackage();
		parsed.uuid("service", row, "id", true);
		parsed.integer("service", row, "n");
		parsed.decimal("service", row, "x");
		parsed.date("service", row, "d");
		parsed.instant("service", row, "t");
		parsed.time("schedule", row, "time");
		assertThat(parsed.problems).extracting(ImportReport.Problem::messageKey)
			.containsExactly("exchange.error.badUuid", "exchange.error.notWholeNumber", "exchange.error.notNumber",
					"exchange.error.badDate", "exchange.error.badDateTime", "exchange.error.badTime");
		Properties french = messages("fr");
		assertThat(parsed.problems).allSatisfy(
				(problem) -> assertThat(new MessageFormat(french.getProperty(problem.messageKey()), Locale.FRENCH)
					.format(problem.args().toArray())).doesNotContain("{"));
		assertThat(new MessageFormat(french.getProperty("exchange.error.badUuid"), Locale.FRENCH)
			.format(parsed.problems.get(0).args().toArray())).isEqualTo("« not-a-uuid » n’est pas un UUID.");
	}

	@Test
	void countsReadNaturallyInTheSingular() throws IOException {
		assertThat(format("fr", "exchange.import.counts", 1, 1, 1, 1))
			.startsWith("1 service ajouté, 1 modifié, 1 inchangé, 1 fermé");
		assertThat(format("fr", "exchange.import.counts", 2, 3, 4, 5))
			.startsWith("2 services ajoutés, 3 modifiés, 4 inchangés, 5 fermés");
		assertThat(format("fr", "exchange.import.warningCount", 1)).startsWith("1 avertissement :");
		assertThat(format("fr", "exchange.import.leftOut", 1)).startsWith("1 problème :");
		assertThat(format("fr", "exchange.warning.notKept", 1)).startsWith("1 ligne :");
		assertThat(format("nl", "exchange.import.warningCount", 1)).startsWith("1 waarschuwing:");
		assertThat(format("nl", "exchange.warning.columnNotKept", "x", 1)).contains("(waarden: 1)");
		assertThat(format("en", "exchange.warning.costOptionsAsText", 1))
			.startsWith("1 cost option: kept as a line of");
		assertThat(format("fr", "exchange.warning.costOptionsAsText", 3))
			.startsWith("3 options de coût : gardées comme lignes du");
		assertThat(format("en", "exchange.import.leftOut", 12)).startsWith("12 problems:");
	}

	private static String format(String language, String key, Object... args) throws IOException {
		return new MessageFormat(messages(language).getProperty(key), Locale.forLanguageTag(language)).format(args);
	}

	/**
	 * Message key to the first place that records it, over every source of the package.
	 */
	private static Map<String, String> keysOfEveryProducingSite() throws IOException {
		Map<String, String> keys = new TreeMap<>();
		List<String> unkeyed = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher call = CALL.matcher(source);
				while (call.find()) {
					List<String> args = arguments(source, call.end());
					String before = source.substring(Math.max(0, call.start() - 30), call.start());
					if (args.size() < 4 || before.matches("(?s).*\\b(void|Problem)\\s+$")
							|| args.get(0).startsWith("String ")) {
						continue; // a declaration, or another method of the same name
					}
					if (source.contains("String " + args.get(3) + ", String reason")) {
						continue; // passes on its caller's key
					}
					String site = file.getFileName() + " at " + lineOf(source, call.start());
					String prefix = call.group(1).equals("warning") ? "exchange.warning." : "exchange.error.";
					for (String key : literals(args.get(3), source)) {
						keys.putIfAbsent(prefix + key, site);
					}
					if (literals(args.get(3), source).isEmpty()) {
						unkeyed.add(site + ": key " + args.get(3));
					}
				}
			}
		}
		assertThat(unkeyed).as("places that record a problem without a key read here").isEmpty();
		return keys;
	}

	/** The key as a literal, or the literals a variable of that name is given. */
	private static List<String> literals(String argument, String source) {
		if (argument.matches("\"[A-Za-z0-9]+\"")) {
			return List.of(argument.substring(1, argument.length() - 1));
		}
		List<String> found = new ArrayList<>();
		if (argument.matches("[a-z][A-Za-z]*")) {
			Matcher assigned = Pattern.compile("\\b" + argument + "\\s*=\\s*\"([A-Za-z0-9]+)\"").matcher(source);
			while (assigned.find()) {
				found.add(assigned.group(1));
			}
		}
		return found;
	}

	/**
	 * The top-level arguments of the call whose opening parenthesis ends at {@code from}.
	 */
	private static List<String> arguments(String source, int from) {
		List<String> args = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		StringBuilder current = new StringBuilder();
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (quoted) {
				current.append(c);
				if (c == '\\') {
					current.append(source.charAt(++i));
				}
				else if (c == '"') {
					quoted = false;
				}
				continue;
			}
			if (c == '"') {
				quoted = true;
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (depth == 0) {
					args.add(current.toString().strip());
					return args;
				}
				depth--;
			}
			else if (c == ',' && depth == 0) {
				args.add(current.toString().strip());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		return args;
	}

	private static long lineOf(String source, int index) {
		return source.substring(0, index).chars().filter((c) -> c == '\n').count() + 1;
	}

	private static Properties messages(String language) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = ProblemMessagesTests.class
			.getResourceAsStream("/i18n/exchange_" + language + ".properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

}

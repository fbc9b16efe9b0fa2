package brussels.maillage.identity.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the application records in the audit log, and every kind of record it
 * names there, has a message in French, Dutch and English: administrators read "Thème de
 * prévention enregistré", not {@code prevention.theme.saved}. The actions are read from
 * the sources (the text given to {@code AuditLog.record} and {@code recordAs}), not
 * listed here: a literal, each side of a condition, or a prefix followed by an enum
 * constant's lower-case name ({@code "care.statement." +
 * to.name().toLowerCase(...)}), which stands for every constant of that enum.
 */
class AuditActionMessagesTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern AUDIT_FIELD = Pattern.compile("\\b(?:AuditLog|AuditEntries)\\s+(\\w+)\\s*[;,)=]");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern DETAILS_CALL = Pattern.compile("\\bAuditLog\\s*\\.\\s*details\\(\\s*\"([^\"]*)\"");

	private static final Pattern ENUM_SUFFIX = Pattern
		.compile("^\"([^\"]+)\"\\s*\\+\\s*(\\w+)\\s*\\.\\s*name\\(\\)\\s*\\.\\s*toLowerCase\\([^)]*\\)$");

	@Test
	void everyRecordedActionAndRecordTypeHasAMessageInEveryLanguage() throws Exception {
		Recorded recorded = scan();
		assertThat(recorded.unreadable).as("audit calls whose action or record type is not written in the call")
			.isEmpty();
		// The scan finds what the application records (about 200 actions): a scan
		// that finds nothing proves nothing.
		assertThat(recorded.actions).hasSizeGreaterThan(150)
			.contains("prevention.theme.saved", "care.case.viewed", "user.enabled", "user.disabled",
					"care.prestation.validated", "plans.report.published", "care.statement.paid");
		assertThat(recorded.types).hasSizeGreaterThan(30).contains("user", "care_case");
		for (String language : List.of("fr", "nl", "en")) {
			Properties messages = load(language);
			Set<String> missing = new TreeSet<>();
			recorded.actions.stream()
				.map((action) -> "audit.action." + action)
				.filter((key) -> messages.getProperty(key, "").isBlank())
				.forEach(missing::add);
			recorded.types.stream()
				.map((type) -> "audit.record." + type)
				.filter((key) -> messages.getProperty(key, "").isBlank())
				.forEach(missing::add);
			assertThat(missing).as("audit messages missing from messages_%s", language).isEmpty();
		}
	}

	/**
	 * Details that are words are recorded as a code with a message in every language
	 * ({@code audit.detail.<code>}), never as an English phrase; so are the codes that
	 * entries recorded before session 23 stand for ({@link AuditDetails#LEGACY}).
	 */
	@Test
	void everyRecordedDetailsCodeHasAMessageInEveryLanguage() throws Exception {
		Recorded recorded = scan();
		assertThat(recorded.details).as("details written whole in audit calls")
			.contains("second-factor-next", "second-factor", "not-enrolled", "no-enabled-account");
		assertThat(recorded.details).as("details written as English phrases rather than codes")
			.allMatch((details) -> AuditDetails.CODE.matcher(details).matches());
		assertThat(recorded.codes).as("codes recorded with arguments (AuditLog.details)")
			.contains("import-summary", "password-changed", "absolute-limit")
			.allMatch((code) -> AuditDetails.CODE.matcher(code).matches());
		Set<String> codes = new TreeSet<>(recorded.details);
		codes.addAll(recorded.codes);
		codes.addAll(AuditDetails.LEGACY.values());
		AuditDetails.LEGACY_PHRASES.forEach((phrase) -> codes.add(phrase.code()));
		AuditDetails.ACTION_PHRASES.values().forEach((phrases) -> phrases.forEach((p) -> codes.add(p.code())));
		for (String language : List.of("fr", "nl", "en")) {
			Properties messages = load(language);
			assertThat(codes).as("audit.detail.<code> missing from messages_%s", language)
				.allMatch((code) -> !messages.getProperty("audit.detail." + code, "").isBlank());
		}
		assertThat(AuditDetails.LEGACY.keySet()).allMatch((legacy) -> AuditDetails.code(legacy) != null);
		assertThat(AuditDetails.code("Deploy token")).as("data reads as stored").isNull();
	}

	/**
	 * The codes whose arguments, and the actions whose details, read as labels
	 * ({@link AuditDetails#ARGUMENT_LABELS}, {@link AuditDetails#ACTION_LABELS}) are ones
	 * the application records: a typo would leave a raw code on the page.
	 */
	@Test
	void theCodesReadAsLabelsAreRecorded() throws Exception {
		Recorded recorded = scan();
		Set<String> codes = new TreeSet<>(recorded.codes);
		AuditDetails.LEGACY_PHRASES.forEach((phrase) -> codes.add(phrase.code()));
		assertThat(codes).containsAll(AuditDetails.ARGUMENT_LABELS.keySet());
		assertThat(recorded.actions).containsAll(AuditDetails.ACTION_LABELS.keySet());
	}

	@Test
	void readsTheActionsOfEveryShapeOfCall() {
		Recorded recorded = new Recorded();
		String source = """
				package brussels.maillage.identity.audit;
				class Example {
					private final AuditLog audit;
					void run(ExampleStatus to, boolean on) {
						this.audit.record("one.done", "thing", 1, "a, b (c)");
						this.audit.record(on ? "two.on" : "two.off",
								"other_thing", 2, null);
						this.audit.recordAs(null, "x", "three.done", "user", null, null);
						this.audit.record("four." + to.name().toLowerCase(java.util.Locale.ROOT), "thing", 1, null);
						this.audit.record(action, "thing", 1, null);
						this.other.record("not.audit", "thing", 1, null);
						this.audit.record("five.done", "thing", 1, AuditLog.details("five-code", 3, "x"));
					}
				}
				""";
		read(source, recorded);
		assertThat(recorded.actions).containsExactlyInAnyOrder("one.done", "two.on", "two.off", "three.done",
				"four.first_step", "four.second", "five.done");
		assertThat(recorded.types).containsExactlyInAnyOrder("thing", "other_thing", "user");
		assertThat(recorded.unreadable).singleElement().asString().contains("action");
		assertThat(recorded.details).containsExactly("a, b (c)");
		assertThat(recorded.codes).containsExactly("five-code");
	}

	/** An enum for {@link #readsTheActionsOfEveryShapeOfCall}. */
	enum ExampleStatus {

		FIRST_STEP, SECOND

	}

	private static Recorded scan() throws IOException {
		Recorded recorded = new Recorded();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				read(Files.readString(file), recorded);
			}
		}
		return recorded;
	}

	private static void read(String source, Recorded recorded) {
		Set<String> receivers = new TreeSet<>();
		Matcher field = AUDIT_FIELD.matcher(source);
		while (field.find()) {
			receivers.add(field.group(1));
		}
		for (String receiver : receivers) {
			Matcher call = Pattern.compile("\\b" + receiver + "\\s*\\.\\s*(record|recordAs)\\s*\\(").matcher(source);
			while (call.find()) {
				List<String> arguments = arguments(source, call.end());
				boolean as = call.group(1).equals("recordAs");
				if (arguments.size() < (as ? 6 : 4)) {
					continue;
				}
				String action = arguments.get(as ? 2 : 0);
				String type = arguments.get(as ? 3 : 1);
				readAction(action, source, recorded);
				String details = arguments.get(arguments.size() - 1);
				String outside = LITERAL.matcher(details).replaceAll("\"\"");
				if (!outside.contains("+") && !outside.contains("(")) {
					recorded.details.addAll(literals(details));
				}
				Matcher withArguments = DETAILS_CALL.matcher(details);
				while (withArguments.find()) {
					recorded.codes.add(withArguments.group(1));
				}
				if (!type.equals("null")) {
					literals(type).forEach(recorded.types::add);
					if (literals(type).isEmpty()) {
						recorded.unreadable.add("record type " + type);
					}
				}
			}
		}
	}

	private static void readAction(String action, String source, Recorded recorded) {
		Matcher suffix = ENUM_SUFFIX.matcher(action);
		if (suffix.matches()) {
			Class<?> type = enumOf(suffix.group(2), source);
			if (type == null) {
				recorded.unreadable.add("action " + action + " (enum not found)");
				return;
			}
			for (Object constant : type.getEnumConstants()) {
				recorded.actions.add(suffix.group(1) + ((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
			}
			return;
		}
		List<String> literals = literals(action);
		if (literals.isEmpty() || action.contains("+")) {
			recorded.unreadable.add("action " + action);
			return;
		}
		recorded.actions.addAll(literals);
	}

	/**
	 * The enum declared as {@code Type variable} in the file, in its package or imported.
	 */
	private static Class<?> enumOf(String variable, String source) {
		Matcher declaration = Pattern.compile("\\b([A-Z]\\w*)\\s+" + variable + "\\s*[,)=;]").matcher(source);
		Matcher pack = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE).matcher(source);
		if (!declaration.find() || !pack.find()) {
			return null;
		}
		String simple = declaration.group(1);
		Matcher imported = Pattern.compile("^import\\s+([\\w.]+\\." + simple + ");", Pattern.MULTILINE).matcher(source);
		List<String> candidates = new ArrayList<>();
		if (imported.find()) {
			candidates.add(imported.group(1));
		}
		candidates.add(pack.group(1) + "." + simple);
		candidates.add(AuditActionMessagesTests.class.getName() + "$" + simple);
		for (String name : candidates) {
			try {
				Class<?> type = Class.forName(name, false, AuditActionMessagesTests.class.getClassLoader());
				if (type.isEnum()) {
					return type;
				}
			}
			catch (ClassNotFoundException ex) {
				// not this one
			}
		}
		return null;
	}

	private static List<String> literals(String expression) {
		List<String> found = new ArrayList<>();
		Matcher literal = LITERAL.matcher(expression);
		while (literal.find()) {
			found.add(literal.group(1));
		}
		return found;
	}

	/** The top-level arguments of the call whose parenthesis opens before {@code at}. */
	private static List<String> arguments(String source, int at) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 1;
		boolean inString = false;
		for (int i = at; i < source.length() && depth > 0; i++) {
			char c = source.charAt(i);
			if (inString) {
				current.append(c);
				if (c == '\\') {
					current.append(source.charAt(++i));
				}
				else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				break;
			}
			else if (c == ',' && depth == 1) {
				arguments.add(current.toString().strip());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		arguments.add(current.toString().strip());
		return arguments;
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages_" + language + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static final class Recorded {

		final Set<String> actions = new TreeSet<>();

		final Set<String> types = new TreeSet<>();

		final List<String> unreadable = new ArrayList<>();

		/**
		 * The details written whole in the calls (a literal, or each side of a
		 * condition).
		 */
		final Set<String> details = new TreeSet<>();

		/** The codes recorded with arguments ({@code AuditLog.details("code", ...)}). */
		final Set<String> codes = new TreeSet<>();

	}

}

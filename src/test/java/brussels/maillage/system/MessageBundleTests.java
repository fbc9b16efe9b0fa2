package brussels.maillage.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible text exists in French, Dutch and English. */
class MessageBundleTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	@Test
	void everyBundleHasTheSameKeys() throws IOException {
		Map<String, Set<String>> keys = new TreeMap<>();
		for (String language : new String[] { "fr", "nl", "en" }) {
			keys.put(language, load(language).stringPropertyNames());
		}
		Set<String> all = new TreeSet<>();
		keys.values().forEach(all::addAll);
		keys.forEach((language, present) -> assertThat(present).as("keys missing from messages_%s", language)
			.containsAll(all));
	}

	@Test
	void everyMessageKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = load("fr").stringPropertyNames();
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + RESOURCES.relativize(template));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void placeholdersMatchAcrossLanguages() throws IOException {
		Properties fr = load("fr");
		Pattern placeholder = Pattern.compile("\\{\\d+}");
		for (String language : new String[] { "nl", "en" }) {
			Properties other = load(language);
			for (String key : fr.stringPropertyNames()) {
				assertThat(placeholders(other.getProperty(key, ""), placeholder))
					.as("placeholders of %s in messages_%s", key, language)
					.isEqualTo(placeholders(fr.getProperty(key), placeholder));
			}
		}
	}

	private static Set<String> placeholders(String message, Pattern placeholder) {
		Set<String> found = new HashSet<>();
		Matcher matcher = placeholder.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, String> owner = new TreeMap<>();
		Set<String> twice = new TreeSet<>();
		for (Path bundle : bundles("fr")) {
			for (String key : read(bundle).stringPropertyNames()) {
				String previous = owner.put(key, bundle.getFileName().toString());
				if (previous != null) {
					twice.add(key + " in " + previous + " and " + bundle.getFileName());
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	/** The main bundle and each module's bundle under {@code i18n/}, merged. */
	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		for (Path bundle : bundles(language)) {
			properties.putAll(read(bundle));
		}
		return properties;
	}

	private static java.util.List<Path> bundles(String language) throws IOException {
		java.util.List<Path> bundles = new java.util.ArrayList<>();
		bundles.add(RESOURCES.resolve("messages_" + language + ".properties"));
		try (Stream<Path> modules = Files.list(RESOURCES.resolve("i18n"))) {
			modules.filter((path) -> path.getFileName().toString().endsWith("_" + language + ".properties"))
				.sorted()
				.forEach(bundles::add);
		}
		return bundles;
	}

	private static Properties read(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

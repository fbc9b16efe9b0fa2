package brussels.maillage.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The running application reads every module's bundle, in each language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessageSourceTests {

	@Autowired
	MessageSource messages;

	@Test
	void resolvesAKeyOfEveryModuleBundle() throws IOException {
		try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path bundle : bundles.filter((path) -> path.toString().endsWith("_nl.properties")).toList()) {
				Properties properties = new Properties();
				try (var in = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
					properties.load(in);
				}
				String key = properties.stringPropertyNames().stream().sorted().findFirst().orElse(null);
				if (key == null) {
					continue;
				}
				assertThat(this.messages.getMessage(key, new Object[] { "x", "y", "z", "w" }, "MISSING",
						Locale.forLanguageTag("nl")))
					.as("%s from %s", key, bundle.getFileName())
					.isNotEqualTo("MISSING");
			}
		}
	}

}

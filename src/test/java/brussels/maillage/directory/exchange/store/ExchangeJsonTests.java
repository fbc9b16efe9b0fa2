package brussels.maillage.directory.exchange.store;

import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import writes the texts' {@code jsonb} itself: the same JSON as Jackson's, escapes
 * included.
 */
class ExchangeJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void textsAreWrittenAsJacksonWritesThem() {
		for (LocalizedText text : new LocalizedText[] { null, LocalizedText.of(null, null, null),
				LocalizedText.of("Soins à domicile", "Thuiszorg", "Home care"),
				LocalizedText.of("Le \"Relais\" \\ d'Ixelles", null, "tab\there\nline\r\u0001 é ✓ 𝄞"),
				LocalizedText.of(null, "alleen Nederlands", null) }) {
			String written = ExchangeStore.toJson(text);
			LocalizedText expected = (text != null) ? text : LocalizedText.of(null, null, null);
			assertThat(this.json.readTree(written)).isEqualTo(this.json.valueToTree(expected));
			assertThat(this.json.readValue(written, LocalizedText.class)).isEqualTo(expected);
		}
	}

}

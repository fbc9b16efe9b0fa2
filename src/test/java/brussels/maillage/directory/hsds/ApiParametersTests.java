package brussels.maillage.directory.hsds;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The API's {@code lang}: the three languages as the locales the texts are read in, any
 * other value a 400 that says which are known.
 */
class ApiParametersTests {

	@Test
	void theThreeLanguagesAreTheirLocales() {
		assertThat(ApiParameters.language("fr")).isEqualTo(Locale.FRENCH).isEqualTo(Locale.of("fr"));
		assertThat(ApiParameters.language("nl")).isEqualTo(Locale.forLanguageTag("nl")).isEqualTo(Locale.of("nl"));
		assertThat(ApiParameters.language("en")).isEqualTo(Locale.ENGLISH).isEqualTo(Locale.of("en"));
	}

	@Test
	void anotherLanguageIsABadRequest() {
		for (String lang : new String[] { "de", "FR", "fr-BE", "", " fr" }) {
			assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> ApiParameters.language(lang))
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(ex.getReason()).isEqualTo("lang is fr, nl or en");
				});
		}
	}

}

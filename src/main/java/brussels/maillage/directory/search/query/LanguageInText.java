package brussels.maillage.directory.search.query;

import org.springframework.stereotype.Component;

/**
 * The language read in the searched text ({@link SpokenLanguages}), for the search page
 * to say it like the place read: {@code ${@languageInText.key(query.text)}}.
 */
@Component("languageInText")
class LanguageInText {

	/**
	 * The message key of the language named in the typed text
	 * ({@code directory.spoken.en}), or {@code null} when none is.
	 */
	public String key(String text) {
		String code = SpokenLanguages.named(text);
		return (code != null) ? "directory.spoken." + code : null;
	}

}

package brussels.maillage.system;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Text that staff write in several languages, the one representation every module uses
 * for translatable content. Stored as {@code jsonb} ({@code {"fr": "...", "nl": "...",
 * "en": "..."}}) and shown with {@link #in(Locale)}.
 * <p>
 * Fallback order when the wanted language is missing: French, then Dutch, then English
 * (the organisation works in French and Dutch first). The returned {@link Shown} says
 * whether a fallback happened, so pages can say so and mark the text with its real
 * language.
 *
 * @param fr the French text, or {@code null}
 * @param nl the Dutch text, or {@code null}
 * @param en the English text, or {@code null}
 */
public record LocalizedText(String fr, String nl, String en) {

	/** The languages in fallback order. */
	public static final List<String> LANGUAGES = List.of("fr", "nl", "en");

	public LocalizedText {
		fr = clean(fr);
		nl = clean(nl);
		en = clean(en);
	}

	public static LocalizedText of(String fr, String nl, String en) {
		return new LocalizedText(fr, nl, en);
	}

	/**
	 * The text in {@code language} ({@code fr}, {@code nl} or {@code en}), or
	 * {@code null}.
	 */
	public String get(String language) {
		return switch (language) {
			case "fr" -> this.fr;
			case "nl" -> this.nl;
			case "en" -> this.en;
			default -> null;
		};
	}

	/**
	 * The text to show to a reader of {@code locale}, falling back in the documented
	 * order.
	 */
	public Shown in(Locale locale) {
		String wanted = (locale != null) ? locale.getLanguage() : "fr";
		String text = get(wanted);
		if (text != null) {
			return new Shown(text, wanted, false);
		}
		for (String language : LANGUAGES) {
			if (get(language) != null) {
				return new Shown(get(language), language, true);
			}
		}
		return new Shown("", wanted, true);
	}

	/** Whether no language has any text. */
	@JsonIgnore
	public boolean isEmpty() {
		return this.fr == null && this.nl == null && this.en == null;
	}

	/** The languages that have no text yet. */
	public List<String> missingLanguages() {
		return LANGUAGES.stream().filter((language) -> get(language) == null).toList();
	}

	@Override
	public String toString() {
		return Objects.requireNonNullElse(in(Locale.FRENCH).text(), "");
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * Text chosen for a reader.
	 *
	 * @param text the text shown
	 * @param language the language the text is really in
	 * @param fallback whether it is not in the language the reader asked for
	 */
	public record Shown(String text, String language, boolean fallback) {

		@Override
		public String toString() {
			return this.text;
		}

	}

}

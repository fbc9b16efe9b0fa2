package brussels.maillage.directory.cadastres;

import java.util.Locale;

/**
 * What a list of trainings is narrowed to: words of the title or organiser, a theme, a
 * language, an audience, free ones only; each optional.
 *
 * @param words words, or {@code null}
 * @param theme a theme code, or {@code null}
 * @param language {@code fr}, {@code nl} or {@code en}, or {@code null}
 * @param audience an audience, or {@code null}
 * @param freeOnly only trainings without cost
 */
record TrainingFilter(String words, String theme, String language, Training.Audience audience, boolean freeOnly) {

	/** The filter read from a page's parameters; what cannot be read is left out. */
	static TrainingFilter of(String q, String theme, String language, String audience, String free) {
		String words = (q == null || q.isBlank()) ? null : q.strip();
		if (words != null && words.length() > 200) {
			words = words.substring(0, 200);
		}
		Training.Audience chosen = null;
		if (audience != null) {
			try {
				chosen = Training.Audience.valueOf(audience.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				chosen = null;
			}
		}
		return new TrainingFilter(words, (theme == null || theme.isBlank()) ? null : theme.strip(),
				(language != null && TrainingForm.LANGUAGES.contains(language)) ? language : null, chosen,
				"true".equals(free));
	}

}

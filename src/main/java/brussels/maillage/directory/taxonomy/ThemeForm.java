package brussels.maillage.directory.taxonomy;

import java.util.Objects;

import brussels.maillage.directory.Theme;
import brussels.maillage.system.LocalizedText;

/**
 * What an editor types to add a theme or change its labels, exactly as typed; its rules
 * are in {@link ThemeChecks}.
 *
 * @param code the new theme's code (a theme's code is never changed)
 * @param parent the code of the main theme a new sub-theme belongs to, or empty
 * @param labelFr label in French
 * @param labelNl label in Dutch
 * @param labelEn label in English
 */
record ThemeForm(String code, String parent, String labelFr, String labelNl, String labelEn) {

	ThemeForm {
		code = Objects.requireNonNullElse(code, "");
		parent = Objects.requireNonNullElse(parent, "");
		labelFr = Objects.requireNonNullElse(labelFr, "");
		labelNl = Objects.requireNonNullElse(labelNl, "");
		labelEn = Objects.requireNonNullElse(labelEn, "");
	}

	static ThemeForm empty() {
		return new ThemeForm("", "", "", "", "");
	}

	static ThemeForm of(Theme theme) {
		return new ThemeForm(theme.code(), "", theme.label().fr(), theme.label().nl(), theme.label().en());
	}

	LocalizedText label() {
		return LocalizedText.of(this.labelFr, this.labelNl, this.labelEn);
	}

}

package brussels.maillage.directory.taxonomy;

import java.util.List;
import java.util.Locale;

import brussels.maillage.directory.Theme;

import org.springframework.validation.Errors;

/**
 * The rules of the theme form, against the themes there are: a new theme's code is free
 * and well formed, its parent is a main theme, a label is given in at least one language;
 * each problem next to its field.
 */
final class ThemeChecks {

	private ThemeChecks() {
	}

	/**
	 * The new theme's code as stored (without spaces, in lower case): 2 to 40 lower-case
	 * letters, digits or _, starting with a letter, and not taken.
	 */
	static String newCode(String typed, List<Theme> themes, Errors errors) {
		String code = typed.strip().toLowerCase(Locale.ROOT);
		if (!code.matches("[a-z][a-z0-9_]{1,39}")) {
			errors.rejectValue("code", "directory.themes.code.invalid");
		}
		else if (themes.stream().anyMatch((theme) -> theme.code().equals(code))) {
			errors.rejectValue("code", "directory.themes.code.taken");
		}
		return code;
	}

	/** The parent's code, or {@code null} for a main theme; a parent is a main theme. */
	static String parent(String typed, List<Theme> themes, Errors errors) {
		String parent = blankToNull(typed);
		if (parent != null
				&& themes.stream().noneMatch((theme) -> theme.code().equals(parent) && theme.parentId() == null)) {
			errors.rejectValue("parent", "directory.edit.choose");
		}
		return parent;
	}

	/** A label is needed in at least one of the three languages. */
	static void label(ThemeForm form, Errors errors) {
		if (form.label().isEmpty()) {
			errors.rejectValue("labelFr", "directory.themes.label.required");
		}
	}

	/** The text without surrounding spaces, or {@code null} when blank. */
	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

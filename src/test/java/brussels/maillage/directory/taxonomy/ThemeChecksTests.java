package brussels.maillage.directory.taxonomy;

import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.Theme;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/** A new theme's code, its parent and its label, against the themes there are. */
class ThemeChecksTests {

	static final Theme HEALTH = new Theme(UUID.randomUUID(), "health", null, UUID.randomUUID(),
			LocalizedText.of("Santé", "Gezondheid", "Health"));

	static final Theme DENTIST = new Theme(UUID.randomUUID(), "dentist", HEALTH.id(), UUID.randomUUID(),
			LocalizedText.of("Dentiste", null, null));

	static final List<Theme> THEMES = List.of(HEALTH, DENTIST);

	@Test
	void aNewCodeIsStoredInLowerCaseWithoutSpaces() {
		Errors errors = errors();
		assertThat(ThemeChecks.newCode("  Mental_Health2 ", THEMES, errors)).isEqualTo("mental_health2");
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void aCodeStartsWithALetterHasTwoTo40CharactersAndIsFree() {
		assertThat(codeError("2d")).isEqualTo("directory.themes.code.invalid");
		assertThat(codeError("a")).isEqualTo("directory.themes.code.invalid");
		assertThat(codeError("santé")).isEqualTo("directory.themes.code.invalid");
		assertThat(codeError("a".repeat(41))).isEqualTo("directory.themes.code.invalid");
		assertThat(codeError("Health")).isEqualTo("directory.themes.code.taken");
		assertThat(codeError("a".repeat(40))).isNull();
	}

	@Test
	void aParentIsAMainTheme() {
		Errors errors = errors();
		assertThat(ThemeChecks.parent("health", THEMES, errors)).isEqualTo("health");
		assertThat(ThemeChecks.parent(" ", THEMES, errors)).isNull();
		assertThat(errors.hasErrors()).isFalse();
		ThemeChecks.parent("dentist", THEMES, errors);
		assertThat(errors.getFieldError("parent").getCode()).isEqualTo("directory.edit.choose");
	}

	@Test
	void aLabelInAnyOneLanguageIsEnough() {
		ThemeForm dutchOnly = new ThemeForm("", "", "", "Tandzorg", "");
		Errors errors = new BeanPropertyBindingResult(dutchOnly, "form");
		ThemeChecks.label(dutchOnly, errors);
		assertThat(errors.hasErrors()).isFalse();
		ThemeForm none = new ThemeForm("x", "", " ", "", null);
		errors = new BeanPropertyBindingResult(none, "form");
		ThemeChecks.label(none, errors);
		assertThat(errors.getFieldError("labelFr").getCode()).isEqualTo("directory.themes.label.required");
	}

	private static String codeError(String typed) {
		Errors errors = errors();
		ThemeChecks.newCode(typed, THEMES, errors);
		return errors.hasFieldErrors("code") ? errors.getFieldError("code").getCode() : null;
	}

	private static Errors errors() {
		return new BeanPropertyBindingResult(ThemeForm.empty(), "form");
	}

}

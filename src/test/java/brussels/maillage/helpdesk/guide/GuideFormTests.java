package brussels.maillage.helpdesk.guide;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a guide page as a coordinator types it: a place from 0 to 1000 (empty
 * means 0), titles of 200 characters at most and steps of 10,000 at most, each in French
 * and Dutch and none left empty.
 */
class GuideFormTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void acceptsAPageInBothLanguages() {
		assertThat(invalid(
				new GuideForm("3", "Accueillir l'appel", "De oproep onthalen", "Se présenter", "Zich voorstellen")))
			.isEmpty();
	}

	@Test
	void placesAPageWithoutAPlaceFirst() {
		GuideForm form = new GuideForm("", "Titre", "Titel", "Étape", "Stap");
		assertThat(invalid(form)).isEmpty();
		assertThat(form.order()).isZero();
	}

	@Test
	void takesThePlaceAsTyped() {
		assertThat(new GuideForm(" 12 ", "Titre", "Titel", "Étape", "Stap").order()).isEqualTo(12);
		assertThat(invalid(new GuideForm("1000", "Titre", "Titel", "Étape", "Stap"))).isEmpty();
		assertThat(invalid(new GuideForm("0", "Titre", "Titel", "Étape", "Stap"))).isEmpty();
	}

	@Test
	void rejectsAPlaceThatIsNotANumberFromZeroToAThousand() {
		for (String position : new String[] { "1001", "-1", "deux", "2.5", "99999999999" }) {
			assertThat(invalid(new GuideForm(position, "Titre", "Titel", "Étape", "Stap"))).as(position)
				.containsExactly("position");
		}
	}

	@Test
	void rejectsATitleOrStepsLeftEmptyInEitherLanguage() {
		assertThat(invalid(new GuideForm("1", "Accueillir", "", "Bonjour", "Dag"))).containsExactly("titleNl");
		assertThat(invalid(new GuideForm("1", "  ", "Titel", "Bonjour", "Dag"))).containsExactly("titleFr");
		assertThat(invalid(new GuideForm("1", "Titre", "Titel", null, "\n"))).containsExactlyInAnyOrder("bodyFr",
				"bodyNl");
	}

	@Test
	void rejectsATitleOver200CharactersAndStepsOver10000() {
		assertThat(invalid(new GuideForm("1", "a".repeat(200), "b".repeat(200), "c".repeat(10_000), "d"))).isEmpty();
		assertThat(invalid(new GuideForm("1", "a".repeat(201), "Titel", "Étape", "d".repeat(10_001))))
			.containsExactlyInAnyOrder("titleFr", "bodyNl");
	}

	private static Set<String> invalid(GuideForm form) {
		return validator.validate(form)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(Collectors.toSet());
	}

}

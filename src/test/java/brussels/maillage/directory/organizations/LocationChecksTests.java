package brussels.maillage.directory.organizations;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/** The point of a place as editors type it. */
class LocationChecksTests {

	@Test
	void numbersAreTypedWithAPointOrAComma() {
		assertThat(LocationChecks.number("50.8466")).isEqualTo(50.8466);
		assertThat(LocationChecks.number(" 4,3528 ")).isEqualTo(4.3528);
		assertThat(LocationChecks.number("")).isNull();
		assertThat(LocationChecks.number("nord")).isNull();
	}

	@Test
	void aPointHasBothCoordinatesOrNeither() {
		assertThat(codes(place("50.8466", ""))).containsExactly("longitude:directory.edit.point.both");
		assertThat(codes(place("", "4.3528"))).containsExactly("latitude:directory.edit.point.both");
		assertThat(codes(place("50.8466", "4.3528"))).isEmpty();
		assertThat(codes(place("", ""))).isEmpty();
	}

	private static LocationForm place(String latitude, String longitude) {
		return new LocationForm("", "Rue de la Loi 16", "1040", "", "", latitude, longitude, null);
	}

	private static java.util.List<String> codes(LocationForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		LocationChecks.bothOrNeither(form, errors);
		return errors.getFieldErrors().stream().map((e) -> e.getField() + ":" + e.getCode()).toList();
	}

}

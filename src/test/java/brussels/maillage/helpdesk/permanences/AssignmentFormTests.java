package brussels.maillage.helpdesk.permanences;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field rules of a coordinator's assignment: a day that exists, as a date field sends
 * it, and a morning or an afternoon.
 */
class AssignmentFormTests {

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
	void acceptsAMondayMorning() {
		AssignmentForm form = new AssignmentForm("NORD", "2026-03-09", "AM", "nord@demo.maillage.brussels");
		assertThat(validator.validate(form)).isEmpty();
		assertThat(form.date()).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void acceptsTheTwentyNinthOfFebruaryOfALeapYearAndAnAfternoon() {
		assertThat(validator.validate(new AssignmentForm("SUD", " 2028-02-29 ", "PM", "x@y.be"))).isEmpty();
	}

	@Test
	void refusesADayThatDoesNotExist() {
		assertThat(problems(new AssignmentForm("NORD", "2026-02-29", "AM", "x@y.be")))
			.containsExactly("day {helpdesk.error.followUp.invalid}");
		assertThat(problems(new AssignmentForm("NORD", "2026-13-01", "AM", "x@y.be")))
			.containsExactly("day {helpdesk.error.followUp.invalid}");
	}

	@Test
	void refusesADayWrittenAnotherWayOrLeftEmpty() {
		assertThat(problems(new AssignmentForm("NORD", "09/03/2026", "AM", "x@y.be")))
			.containsExactly("day {helpdesk.error.followUp.invalid}");
		assertThat(problems(new AssignmentForm("NORD", "", "AM", "x@y.be")))
			.containsExactly("day {helpdesk.error.followUp.invalid}");
		assertThat(problems(new AssignmentForm("NORD", null, "AM", "x@y.be")))
			.containsExactly("day {helpdesk.error.followUp.invalid}");
	}

	@Test
	void refusesAHalfDayOtherThanMorningOrAfternoon() {
		assertThat(problems(new AssignmentForm("NORD", "2026-03-09", "EVENING", "x@y.be")))
			.containsExactly("half {helpdesk.error.choice}");
		assertThat(problems(new AssignmentForm("NORD", "2026-03-09", "am", "x@y.be")))
			.containsExactly("half {helpdesk.error.choice}");
		assertThat(problems(new AssignmentForm("NORD", "2026-03-09", null, "x@y.be")))
			.containsExactly("half {helpdesk.error.choice}");
	}

	private static java.util.List<String> problems(AssignmentForm form) {
		Set<ConstraintViolation<AssignmentForm>> violations = validator.validate(form);
		return violations.stream()
			.map((violation) -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
			.sorted()
			.toList();
	}

}

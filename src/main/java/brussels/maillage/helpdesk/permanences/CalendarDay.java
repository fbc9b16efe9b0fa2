package brussels.maillage.helpdesk.permanences;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A day of the calendar as a date field sends it ({@code 2026-03-09}): a date that
 * exists, nothing else.
 */
@Documented
@Constraint(validatedBy = CalendarDay.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface CalendarDay {

	String message() default "{helpdesk.error.followUp.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Accepts a date that exists, written year-month-day; refuses blanks. */
	class Check implements ConstraintValidator<CalendarDay, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return parse(value) != null;
		}

		/** The day {@code value} names, or {@code null}. */
		static LocalDate parse(String value) {
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

}

package brussels.maillage.helpdesk.monitoring;

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
 * A first or last day of the dashboard's period as a date field sends it
 * ({@code 2024-03-14}): a date that exists, from the year 2000 to 2100, or nothing (the
 * period then falls back to the current year).
 */
@Documented
@Constraint(validatedBy = DashboardDay.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface DashboardDay {

	String message() default "{helpdesk.dashboard.error.date}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Accepts a blank or a date of 2000 to 2100 that exists, written year-month-day. */
	class Check implements ConstraintValidator<DashboardDay, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || parse(value) != null;
		}

		/**
		 * The day {@code value} names, or {@code null} when blank or not a day allowed.
		 */
		static LocalDate parse(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(value.strip());
				return (date.getYear() < 2000 || date.getYear() > 2100) ? null : date;
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

}

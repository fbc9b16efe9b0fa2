package brussels.maillage.system.forms;

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
 * The text is a day written {@code yyyy-MM-dd} (what a date field posts), a day that
 * exists, outer spaces aside; blank or {@code null} is not one unless {@link #optional}
 * (nothing typed, or another annotation's business).
 */
@Documented
@Constraint(validatedBy = IsoDate.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {

	/** The message key shown next to the field. */
	String message();

	/** Whether blank or {@code null} passes. */
	boolean optional() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the text as {@link LocalDate#parse(CharSequence)} does. */
	class Check implements ConstraintValidator<IsoDate, String> {

		private boolean optional;

		@Override
		public void initialize(IsoDate annotation) {
			this.optional = annotation.optional();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return this.optional;
			}
			try {
				LocalDate.parse(value.strip());
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}

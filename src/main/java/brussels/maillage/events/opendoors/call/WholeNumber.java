package brussels.maillage.events.opendoors.call;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The text is a whole number (an {@code int}, as {@link Integer#parseInt(String)} reads
 * it) of at least {@link #min()}; blank, {@code null} or a number too large for an
 * {@code int} is not one. The upper bound is {@link AtMost}'s, with its own message.
 */
@Documented
@Constraint(validatedBy = WholeNumber.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface WholeNumber {

	/** The message key shown next to the field. */
	String message();

	/** The smallest number taken. */
	int min() default Integer.MIN_VALUE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the text as a whole number and compares it with the lower bound. */
	class Check implements ConstraintValidator<WholeNumber, String> {

		private int min;

		@Override
		public void initialize(WholeNumber constraint) {
			this.min = constraint.min();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			Integer number = read(value);
			return number != null && number >= this.min;
		}

		/** The whole number written, {@code null} when the text is not one. */
		static Integer read(String value) {
			if (value == null) {
				return null;
			}
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

}

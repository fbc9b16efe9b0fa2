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
 * A whole number written as text is at most {@link #value()}; text that is not a whole
 * number passes, as {@link WholeNumber} refuses it with its own message (so a field never
 * gets both messages).
 */
@Documented
@Constraint(validatedBy = AtMost.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface AtMost {

	/** The message key shown next to the field. */
	String message();

	/** The largest number taken. */
	int value();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Compares a whole number with the upper bound. */
	class Check implements ConstraintValidator<AtMost, String> {

		private int max;

		@Override
		public void initialize(AtMost constraint) {
			this.max = constraint.value();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			Integer number = WholeNumber.Check.read(value);
			return number == null || number <= this.max;
		}

	}

}

package brussels.maillage.system.forms;

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
 * A field of a form that must not be left blank, with a message that says what to type
 * (the generic {@code NotBlank} message would not).
 */
@Documented
@Constraint(validatedBy = Filled.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Filled {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Looks for a character other than a space. */
	class Check implements ConstraintValidator<Filled, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value != null && !value.isBlank();
		}

	}

}

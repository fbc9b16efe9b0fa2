package brussels.maillage.identity.accounts;

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
 * A password that is not on the list of common passwords ({@link CommonPasswords}); on
 * every field where a password is set, beside its length rule.
 */
@Documented
@Constraint(validatedBy = NotCommonPassword.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotCommonPassword {

	String message() default "This password is too common: choose another one";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Refuses a password found on the list; blank values are left to other rules. */
	class Check implements ConstraintValidator<NotCommonPassword, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || !CommonPasswords.isCommon(value);
		}

	}

}

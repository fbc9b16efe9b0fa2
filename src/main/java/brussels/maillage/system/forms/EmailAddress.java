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
 * An e-mail address typed in a form (one @, a dotted domain, at most 254 characters), or
 * nothing.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	/** The message key shown next to the field. */
	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Applies {@link AddressRules#isEmailOrEmpty}. */
	class Check implements ConstraintValidator<EmailAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return AddressRules.isEmailOrEmpty(value);
		}

	}

}

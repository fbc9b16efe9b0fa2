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
 * A full web address typed in a form (http or https, a dotted host, at most 500
 * characters), or nothing.
 */
@Documented
@Constraint(validatedBy = WebAddress.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	/** The message key shown next to the field. */
	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Applies {@link AddressRules#isWebAddressOrEmpty}. */
	class Check implements ConstraintValidator<WebAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return AddressRules.isWebAddressOrEmpty(value);
		}

	}

}

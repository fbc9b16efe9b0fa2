package brussels.maillage.directory.organizations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A number typed with a point or a comma (50.8466 or 50,8466), or nothing. */
@Documented
@Constraint(validatedBy = Decimal.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface Decimal {

	String message() default "{directory.edit.number.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Applies {@link LocationChecks#number}. */
	class Check implements ConstraintValidator<Decimal, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || LocationChecks.number(value) != null;
		}

	}

}

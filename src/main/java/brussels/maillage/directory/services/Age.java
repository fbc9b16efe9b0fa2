package brussels.maillage.directory.services;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An age in whole years from 0 to 120, or nothing. */
@Documented
@Constraint(validatedBy = Age.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface Age {

	String message() default "{directory.edit.age.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Applies {@link ServiceChecks#age}. */
	class Check implements ConstraintValidator<Age, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || ServiceChecks.age(value) != null;
		}

	}

}

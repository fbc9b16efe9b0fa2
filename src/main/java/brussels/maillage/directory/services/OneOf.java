package brussels.maillage.directory.services;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The name of one of the constants of {@link #value}, as a pick list sends it. */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface OneOf {

	Class<? extends Enum<?>> value();

	String message() default "{directory.edit.choose}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Looks the name up among the constants. */
	class Check implements ConstraintValidator<OneOf, String> {

		private Enum<?>[] constants;

		@Override
		public void initialize(OneOf annotation) {
			this.constants = annotation.value().getEnumConstants();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return Arrays.stream(this.constants).anyMatch((constant) -> constant.name().equals(value));
		}

	}

}

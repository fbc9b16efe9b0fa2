package brussels.maillage.system.forms;

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

/**
 * The name of one of the constants of {@link #value}, as a pick list sends it; blank
 * passes only when {@link #optional}.
 */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	Class<? extends Enum<?>> value();

	/** The message key shown next to the field. */
	String message();

	/** Whether a blank value (nothing chosen) passes. */
	boolean optional() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Looks the name up among the constants. */
	class Check implements ConstraintValidator<OneOf, String> {

		private Enum<?>[] constants;

		private boolean optional;

		@Override
		public void initialize(OneOf annotation) {
			this.constants = annotation.value().getEnumConstants();
			this.optional = annotation.optional();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (this.optional && (value == null || value.isBlank())) {
				return true;
			}
			return Arrays.stream(this.constants).anyMatch((constant) -> constant.name().equals(value));
		}

	}

}

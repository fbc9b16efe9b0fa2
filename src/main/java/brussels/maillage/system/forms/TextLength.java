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
 * A text typed in a form of at most {@link #max} characters, counted as typed or, with
 * {@link #stripped}, without surrounding spaces; {@code null} passes.
 */
@Documented
@Constraint(validatedBy = TextLength.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLength {

	int max();

	boolean stripped() default false;

	/** The message key shown next to the field, e.g. "this text is too long". */
	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Counts the characters. */
	class Check implements ConstraintValidator<TextLength, String> {

		private int max;

		private boolean stripped;

		@Override
		public void initialize(TextLength annotation) {
			this.max = annotation.max();
			this.stripped = annotation.stripped();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || (this.stripped ? value.strip() : value).length() <= this.max;
		}

	}

}

package brussels.maillage.system.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text typed in a form that, without its surrounding spaces, matches {@link #regexp},
 * or nothing; the message is the form's own (a generic {@code Pattern} message of the
 * bundle would take precedence over the standard annotation's).
 */
@Documented
@Constraint(validatedBy = Matches.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Matches {

	String regexp();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Matches the whole stripped text. */
	class Check implements ConstraintValidator<Matches, String> {

		private Pattern pattern;

		@Override
		public void initialize(Matches annotation) {
			this.pattern = Pattern.compile(annotation.regexp());
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || this.pattern.matcher(value.strip()).matches();
		}

	}

}

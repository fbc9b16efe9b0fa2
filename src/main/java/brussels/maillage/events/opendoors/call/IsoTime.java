package brussels.maillage.events.opendoors.call;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The text is a time of day written {@code HH:mm} (what a time field posts), optionally
 * with seconds, outer spaces aside; blank or {@code null} is not one.
 */
@Documented
@Constraint(validatedBy = IsoTime.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface IsoTime {

	/** The message key shown next to the field. */
	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the text as {@link LocalTime#parse(CharSequence)} does. */
	class Check implements ConstraintValidator<IsoTime, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return false;
			}
			try {
				LocalTime.parse(value.strip());
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}

package brussels.maillage.helpdesk.permanences;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;

/**
 * A coordinator's assignment as typed: a line, a day, a half-day and the e-mail address
 * of the staff member put on duty. Whether the line exists and the address is a staff
 * member's is for {@link PermanenceChecks}.
 *
 * @param line line code as chosen
 * @param day the day, year-month-day
 * @param half {@code AM} or {@code PM}
 * @param email the staff member's e-mail address
 */
record AssignmentForm(String line, @CalendarDay String day,
		@Pattern(regexp = "AM|PM", message = "{helpdesk.error.choice}") String half,
		String email) implements Serializable {

	/** The fields in page order, for the error summary. */
	static final String[] FIELDS = { "line", "day", "half", "email" };

	AssignmentForm {
		half = (half != null) ? half : "";
		email = (email != null) ? email : "";
	}

	/** An empty form. */
	static AssignmentForm empty() {
		return new AssignmentForm(null, null, null, null);
	}

	/** The day, once the form is valid. */
	LocalDate date() {
		return CalendarDay.Check.parse(this.day);
	}

}

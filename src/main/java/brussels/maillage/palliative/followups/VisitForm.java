package brussels.maillage.palliative.followups;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A visit as typed: day, mode and status.
 *
 * @param visitOn the day
 * @param mode how
 * @param visitStatus what became of it
 */
record VisitForm(@NotBlank @Size(max = 10) String visitOn, @NotBlank String mode, @NotBlank String visitStatus) {

	static VisitForm empty(LocalDate today) {
		return new VisitForm(today.toString(), "IN_PERSON", "HELD");
	}

}

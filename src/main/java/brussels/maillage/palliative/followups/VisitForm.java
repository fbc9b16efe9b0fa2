package brussels.maillage.palliative.followups;

import java.time.LocalDate;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.OneOf;
import jakarta.validation.constraints.NotBlank;

/**
 * A visit as typed: day, mode and status.
 *
 * @param visitOn the day
 * @param mode how
 * @param visitStatus what became of it
 */
record VisitForm(@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String visitOn,
		@NotBlank @OneOf(value = VisitMode.class, optional = true, message = PalliativeInput.CHOICE) String mode,
		@NotBlank @OneOf(value = VisitStatus.class, optional = true,
				message = PalliativeInput.CHOICE) String visitStatus) {

	static VisitForm empty(LocalDate today) {
		return new VisitForm(today.toString(), "IN_PERSON", "HELD");
	}

	/** How it was held (once the form is valid). */
	VisitMode chosenMode() {
		return VisitMode.valueOf(this.mode);
	}

	/** What became of it (once the form is valid). */
	VisitStatus chosenStatus() {
		return VisitStatus.valueOf(this.visitStatus);
	}

}

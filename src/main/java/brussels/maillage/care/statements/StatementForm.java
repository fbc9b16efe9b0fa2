package brussels.maillage.care.statements;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.Filled;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.Matches;
import brussels.maillage.system.forms.OneOf;

/**
 * A new statement as typed.
 *
 * @param provider the provider's id
 * @param periodKind month or quarter
 * @param periodStart the first day of the period
 */
record StatementForm(
		@Filled(message = CareInput.CHOICE) @Matches(regexp = CareInput.ID, message = CareInput.CHOICE) String provider,
		@OneOf(value = PeriodKind.class, message = CareInput.CHOICE) String periodKind,
		@IsoDate(message = CareInput.DATE) String periodStart) {

	static StatementForm empty() {
		return new StatementForm("", "MONTH", "");
	}

	/** The provider's id (once the form is valid). */
	long providerId() {
		return Long.parseLong(this.provider.strip());
	}

	/** Month or quarter (once the form is valid). */
	PeriodKind chosenKind() {
		return PeriodKind.valueOf(this.periodKind);
	}

}

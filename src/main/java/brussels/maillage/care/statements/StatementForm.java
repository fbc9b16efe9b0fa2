package brussels.maillage.care.statements;

import jakarta.validation.constraints.Size;

/**
 * A new statement as typed.
 *
 * @param provider the provider's id
 * @param periodKind month or quarter
 * @param periodStart the first day of the period
 */
record StatementForm(@Size(max = 19) String provider, @Size(max = 8) String periodKind,
		@Size(max = 10) String periodStart) {

	static StatementForm empty() {
		return new StatementForm("", "MONTH", "");
	}

}

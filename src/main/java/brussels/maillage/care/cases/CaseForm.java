package brussels.maillage.care.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the team types to open a case, kept as typed so that nothing is lost when a field
 * is refused. Categories only: the form has no field for a name or a note.
 *
 * @param programme programme code
 * @param bassin bassin code
 * @param referredOn the day it was referred
 */
record CaseForm(@NotBlank @Size(max = 32) String programme, @NotBlank @Size(max = 16) String bassin,
		@NotBlank @Size(max = 10) String referredOn) {

	static CaseForm empty(LocalDate today) {
		return new CaseForm("PROTOCOL_3", "", today.toString());
	}

}

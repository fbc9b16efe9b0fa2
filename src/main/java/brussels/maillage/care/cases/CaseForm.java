package brussels.maillage.care.cases;

import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the team types to open a case, kept as typed so that nothing is lost when a field
 * is refused. Categories only: the form has no field for a name or a note. The rules that
 * need the programmes, the bassins or the clock are {@link CaseChecks#open}'s.
 *
 * @param programme programme code
 * @param bassin bassin code
 * @param referredOn the day it was referred
 */
record CaseForm(@NotBlank @Size(max = 32) String programme, @NotBlank @Size(max = 16) String bassin,
		@NotBlank @IsoDate(optional = true, message = CareInput.DATE) String referredOn) {

	static CaseForm empty(LocalDate today) {
		return new CaseForm("PROTOCOL_3", "", today.toString());
	}

}

package brussels.maillage.palliative.volunteers;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A training cycle as typed: its name, first day, number of days and the days between two
 * of them.
 *
 * @param name the cycle's name
 * @param firstDay its first day
 * @param sessions its number of days
 * @param everyDays days from one session to the next
 */
record CycleForm(@NotBlank @Size(max = 80) String name,
		@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String firstDay,
		@NotBlank @Size(max = 3) String sessions, @NotBlank @Size(max = 3) String everyDays) {

	static CycleForm empty() {
		return new CycleForm("", "", "10", "7");
	}

}

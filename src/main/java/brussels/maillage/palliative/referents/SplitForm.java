package brussels.maillage.palliative.referents;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Splitting a bassin off a group as typed: the bassin, the first day of its own group and
 * that group's name.
 *
 * @param bassin bassin code
 * @param splitOn first day of the new group
 * @param newName name of the new group
 */
record SplitForm(@NotBlank String bassin,
		@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String splitOn,
		@NotBlank @Size(max = 80) String newName) {

	static SplitForm empty() {
		return new SplitForm("", "", "");
	}

}

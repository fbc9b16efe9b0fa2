package brussels.maillage.palliative.referents;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.palliative.forms.PalliativeInput;
import brussels.maillage.system.forms.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new referent group as typed: its name, its bassins (one or two) and its first day.
 *
 * @param name the group's name
 * @param bassins bassin codes
 * @param validFrom first day
 */
record GroupForm(@NotBlank @Size(max = 80) String name, List<String> bassins,
		@NotBlank @IsoDate(optional = true, message = PalliativeInput.DATE) String validFrom) {

	GroupForm {
		bassins = (bassins != null) ? List.copyOf(bassins) : List.of();
	}

	static GroupForm empty(LocalDate today) {
		return new GroupForm("", List.of(), today.toString());
	}

}

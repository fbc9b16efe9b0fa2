package brussels.maillage.prevention.programmes;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A programme as an administrator types it.
 *
 * @param code stable code (lower-case words joined by hyphens)
 * @param nameFr French name
 * @param nameNl Dutch name
 * @param nameEn English name
 * @param territories {@code REGION} or bassin codes
 * @param startsOn first day, {@code yyyy-mm-dd}
 * @param endsOn last day, {@code yyyy-mm-dd}, or blank
 */
record ProgrammeForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String code,
		@NotBlank @Size(max = 200) String nameFr, @NotBlank @Size(max = 200) String nameNl,
		@Size(max = 200) String nameEn, @NotEmpty List<String> territories,
		@NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String startsOn,
		@Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?") String endsOn) {

	static final List<String> TERRITORIES = List.of("REGION", "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");

	ProgrammeForm {
		code = (code != null) ? code.strip() : "";
		territories = (territories != null) ? territories.stream().filter(TERRITORIES::contains).distinct().toList()
				: List.of();
		startsOn = (startsOn != null) ? startsOn.strip() : "";
		endsOn = (endsOn != null) ? endsOn.strip() : "";
	}

	static ProgrammeForm of(Programme programme) {
		return new ProgrammeForm(programme.code(), programme.name().fr(), programme.name().nl(),
				(programme.name().en() != null) ? programme.name().en() : "", programme.territories(),
				programme.startsOn().toString(), (programme.endsOn() != null) ? programme.endsOn().toString() : "");
	}

	static ProgrammeForm empty() {
		return new ProgrammeForm("", "", "", "", List.of(), "", "");
	}

}

package brussels.maillage.indicators.colddata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The cold-data import form as typed (the file comes beside it).
 *
 * @param code the dataset's code
 * @param year the year of the figures, as typed
 * @param nameFr name in French
 * @param nameNl name in Dutch
 * @param source the figures' source
 * @param unit their unit, or blank
 * @param dryRun check only
 */
record ColdDataForm(@NotBlank @Pattern(regexp = "^$|^[a-z][a-z0-9_.-]{1,59}$") String code,
		@Pattern(regexp = "^(19|20)\\d\\d|2100$") String year, @NotBlank @Size(max = 200) String nameFr,
		@NotBlank @Size(max = 200) String nameNl, @NotBlank @Size(max = 200) String source, @Size(max = 40) String unit,
		boolean dryRun) {

	static ColdDataForm empty(int year) {
		return new ColdDataForm("", String.valueOf(year), "", "", "", "", true);
	}

	ImportCommand command() {
		return new ImportCommand(this.code.strip(), Integer.parseInt(this.year.strip()), this.nameFr.strip(),
				this.nameNl.strip(), this.source.strip(),
				(this.unit == null || this.unit.isBlank()) ? null : this.unit.strip());
	}

}

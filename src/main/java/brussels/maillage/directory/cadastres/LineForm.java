package brussels.maillage.directory.cadastres;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An orientation line as staff list it.
 *
 * @param name its name
 * @param organization the organisation running it, as the directory names it, or blank
 * @param phone its number, or blank
 * @param listedOn the day it was listed, {@code yyyy-mm-dd}
 */
record LineForm(@NotBlank @Size(max = 300) String name, @Size(max = 300) String organization,
		@Size(max = 40) @Pattern(regexp = "([+0-9][0-9 ./()-]{5,39})?") String phone,
		@NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String listedOn) {

	LineForm {
		name = (name != null) ? name.strip() : "";
		organization = (organization != null) ? organization.strip() : "";
		phone = (phone != null) ? phone.strip() : "";
		listedOn = (listedOn != null) ? listedOn.strip() : "";
	}

	static LineForm empty() {
		return new LineForm("", "", "", "");
	}

}

package brussels.maillage.governance.bodies;

import java.text.Normalizer;
import java.util.Locale;

import brussels.maillage.system.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name of a new working group, in French and Dutch.
 *
 * @param nameFr French name
 * @param nameNl Dutch name
 */
record WorkingGroupForm(@NotBlank @Size(max = 120) String nameFr, @NotBlank @Size(max = 120) String nameNl) {

	LocalizedText name() {
		return LocalizedText.of(this.nameFr.strip(), this.nameNl.strip(), null);
	}

	/** A code from the French name, for example {@code GT-SANTE-MENTALE-JEUNES}. */
	String code() {
		String plain = Normalizer.normalize(this.nameFr, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String code = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
		code = code.startsWith("GT-") ? code : "GT-" + code;
		return (code.length() > 60) ? code.substring(0, 60) : code;
	}

}

package brussels.maillage.palliative.conventions;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A referent of a convention as typed.
 *
 * @param name name
 * @param function function in the home
 * @param email e-mail address (optional)
 * @param phone phone number (optional)
 */
record ConventionReferentForm(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 120) String function,
		@Email @Size(max = 254) String email,
		@Size(max = 40) @Pattern(regexp = "^$|^\\+?[0-9 ./()-]{6,40}$") String phone) {

	static ConventionReferentForm empty() {
		return new ConventionReferentForm("", "", "", "");
	}

	static ConventionReferentForm of(ConventionReferent referent) {
		return new ConventionReferentForm(referent.name(), referent.function(),
				(referent.email() != null) ? referent.email() : "", (referent.phone() != null) ? referent.phone() : "");
	}

	/** What was typed, stripped, empty optional fields as {@code null}. */
	ConventionReferent toReferent(long id, long conventionId) {
		return new ConventionReferent(id, conventionId, this.name.strip(), this.function.strip(),
				blankToNull(this.email), blankToNull(this.phone));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

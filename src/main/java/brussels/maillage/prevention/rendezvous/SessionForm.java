package brussels.maillage.prevention.rendezvous;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import brussels.maillage.system.LocalizedText;

/**
 * A Rendez-vous session as an officer records it afterwards: no field about a person.
 *
 * @param venueId the venue
 * @param heldOn the day, {@code yyyy-mm-dd} (a date field)
 * @param themeFr what it was about, in French
 * @param themeNl what it was about, in Dutch
 * @param partners partners who took part
 * @param headcount how many inhabitants came
 */
record SessionForm(@NotBlank String venueId, @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String heldOn,
		@NotBlank @Size(max = 200) String themeFr, @Size(max = 200) String themeNl, @Size(max = 500) String partners,
		@NotBlank @Pattern(regexp = "\\d{1,3}") String headcount) {

	static SessionForm empty() {
		return new SessionForm("", "", "", "", "", "");
	}

	LocalizedText theme() {
		return LocalizedText.of(this.themeFr, this.themeNl, null);
	}

}

package brussels.maillage.palliative.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A referring team as typed.
 *
 * @param code its code (capitals, digits and underscores)
 * @param fr name in French
 * @param nl name in Dutch
 * @param en name in English
 * @param position place in the pick lists
 * @param active whether it can be chosen: {@code "true"} or {@code "false"}, as the box
 * sends it
 */
record TeamForm(@NotBlank @Pattern(regexp = "[A-Z0-9_]{2,32}") String code, @NotBlank @Size(max = 120) String fr,
		@NotBlank @Size(max = 120) String nl, @Size(max = 120) String en,
		@NotBlank @Pattern(regexp = "\\d{1,3}") String position, String active) {

	TeamForm {
		// A ticked box sends "true"; anything else (nothing, or text no box sends) is not
		// ticked.
		active = String.valueOf("true".equalsIgnoreCase((active != null) ? active.strip() : null));
	}

	static TeamForm empty() {
		return new TeamForm("", "", "", "", "0", "true");
	}

	static TeamForm of(ReferringTeam team) {
		return new TeamForm(team.code(), team.fr(), team.nl(), (team.en() != null) ? team.en() : "",
				String.valueOf(team.position()), String.valueOf(team.active()));
	}

	ReferringTeam toTeam() {
		return new ReferringTeam(this.code, this.fr.strip(), this.nl.strip(),
				(this.en == null || this.en.isBlank()) ? this.fr.strip() : this.en.strip(),
				Integer.parseInt(this.position), isActive());
	}

	/** Whether the box was ticked. */
	boolean isActive() {
		return Boolean.parseBoolean(this.active);
	}

}

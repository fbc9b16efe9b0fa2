package brussels.maillage.governance.bodies;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff type to add a member for a year.
 *
 * @param year calendar year
 * @param personName the person
 * @param email e-mail address (optional)
 * @param organisation organisation name, matched to the directory when it is there
 * @param category category code (optional)
 * @param role role
 * @param type professional or citizen
 * @param status status
 * @param startsOn first day (optional: 1 January)
 * @param endsOn last day (optional)
 * @param charterVersion charter version accepted (optional)
 */
record MembershipForm(@NotNull Integer year, @NotBlank @Size(max = 200) String personName,
		@Email @Size(max = 254) String email, @Size(max = 200) String organisation, String category,
		@NotNull MembershipRole role, @NotNull MemberType type, @NotNull MembershipStatus status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @Size(max = 40) String charterVersion) {

	static final String[] FIELDS = { "year", "personName", "email", "organisation", "category", "role", "type",
			"status", "startsOn", "endsOn", "charterVersion" };

	MembershipForm {
		personName = clean(personName);
		email = clean(email);
		organisation = clean(organisation);
		category = clean(category);
		charterVersion = clean(charterVersion);
	}

	static MembershipForm empty(int year) {
		return new MembershipForm(year, null, null, null, null, MembershipRole.MEMBER, MemberType.PROFESSIONAL,
				MembershipStatus.INVITED, null, null, null);
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

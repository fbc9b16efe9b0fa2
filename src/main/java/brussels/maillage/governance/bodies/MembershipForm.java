package brussels.maillage.governance.bodies;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.Matches;
import brussels.maillage.system.forms.OneOf;

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
record MembershipForm(@NotBlank @Matches(regexp = "\\d{4}", message = "{governance.membership.error.year}") String year,
		@NotBlank @Size(max = 200) String personName, @Email @Size(max = 254) String email,
		@Size(max = 200) String organisation, String category,
		@OneOf(value = MembershipRole.class, message = "{governance.membership.error.choice}") String role,
		@OneOf(value = MemberType.class, message = "{governance.membership.error.choice}") String type,
		@OneOf(value = MembershipStatus.class, message = "{governance.membership.error.choice}") String status,
		@IsoDate(optional = true, message = "{governance.membership.error.date}") String startsOn,
		@IsoDate(optional = true, message = "{governance.membership.error.date}") String endsOn,
		@Size(max = 40) String charterVersion) {

	static final String[] FIELDS = { "year", "personName", "email", "organisation", "category", "role", "type",
			"status", "startsOn", "endsOn", "charterVersion" };

	MembershipForm {
		year = clean(year);
		personName = clean(personName);
		email = clean(email);
		organisation = clean(organisation);
		category = clean(category);
		charterVersion = clean(charterVersion);
		startsOn = clean(startsOn);
		endsOn = clean(endsOn);
	}

	static MembershipForm empty(int year) {
		return new MembershipForm(String.valueOf(year), null, null, null, null, MembershipRole.MEMBER.name(),
				MemberType.PROFESSIONAL.name(), MembershipStatus.INVITED.name(), null, null, null);
	}

	/** The year typed, or {@code null} when it is not four digits. */
	Integer chosenYear() {
		return (this.year != null && this.year.matches("\\d{4}")) ? Integer.valueOf(this.year) : null;
	}

	/** The role chosen, once the form is valid. */
	MembershipRole chosenRole() {
		return MembershipRole.valueOf(this.role);
	}

	/** The kind of member chosen, or {@code null} when it is not one. */
	MemberType chosenType() {
		return (this.type != null
				&& java.util.Arrays.stream(MemberType.values()).anyMatch((kind) -> kind.name().equals(this.type)))
						? MemberType.valueOf(this.type) : null;
	}

	/** The status chosen, once the form is valid. */
	MembershipStatus chosenStatus() {
		return MembershipStatus.valueOf(this.status);
	}

	/** The first day typed, or {@code null} when none or not a day. */
	LocalDate startDay() {
		return day(this.startsOn);
	}

	/** The last day typed, or {@code null} when none or not a day. */
	LocalDate endDay() {
		return day(this.endsOn);
	}

	private static LocalDate day(String text) {
		try {
			return (text != null) ? LocalDate.parse(text) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

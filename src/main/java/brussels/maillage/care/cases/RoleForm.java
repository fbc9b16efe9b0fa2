package brussels.maillage.care.cases;

import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.forms.Filled;
import brussels.maillage.system.forms.IsoDate;
import brussels.maillage.system.forms.Matches;
import brussels.maillage.system.forms.OneOf;

/**
 * A provider's role on a case as typed.
 *
 * @param provider the provider's id
 * @param role the role
 * @param startsOn its first day
 */
record RoleForm(
		@Filled(message = CareInput.CHOICE) @Matches(regexp = CareInput.ID, message = CareInput.CHOICE) String provider,
		@OneOf(value = ProviderRole.class, message = CareInput.CHOICE) String role,
		@IsoDate(message = CareInput.DATE) String startsOn) {

	static RoleForm empty(LocalDate today) {
		return new RoleForm("", "", today.toString());
	}

	/** The provider's id (once the form is valid). */
	long providerId() {
		return Long.parseLong(this.provider.strip());
	}

	/** The role chosen (once the form is valid). */
	ProviderRole chosenRole() {
		return ProviderRole.valueOf(this.role);
	}

}

package brussels.maillage.care.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * A provider's role on a case as typed.
 *
 * @param provider the provider's id
 * @param role the role
 * @param startsOn its first day
 */
record RoleForm(@Size(max = 19) String provider, @Size(max = 24) String role, @Size(max = 10) String startsOn) {

	static RoleForm empty(LocalDate today) {
		return new RoleForm("", "", today.toString());
	}

}

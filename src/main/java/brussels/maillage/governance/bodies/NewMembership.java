package brussels.maillage.governance.bodies;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A membership to add, checked.
 *
 * @param year calendar year
 * @param personName the person
 * @param email e-mail address, or {@code null}
 * @param organisationId directory organisation, or {@code null}
 * @param organisationName organisation name, or {@code null}
 * @param category category code, or {@code null}
 * @param role role
 * @param type professional or citizen
 * @param status status
 * @param startsOn first day, in the year
 * @param endsOn last day, or {@code null}
 * @param charterVersion charter version accepted, or {@code null}
 */
public record NewMembership(int year, String personName, String email, UUID organisationId, String organisationName,
		String category, MembershipRole role, MemberType type, MembershipStatus status, LocalDate startsOn,
		LocalDate endsOn, String charterVersion) {

	public NewMembership {
		Objects.requireNonNull(personName, "personName");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(status, "status");
		startsOn = (startsOn != null) ? startsOn : LocalDate.of(year, 1, 1);
		if (startsOn.getYear() != year || (endsOn != null && endsOn.isBefore(startsOn))) {
			throw new IllegalArgumentException("A membership's dates lie in its year, in order");
		}
	}

}

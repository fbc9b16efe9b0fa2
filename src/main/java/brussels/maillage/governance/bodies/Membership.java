package brussels.maillage.governance.bodies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One person's membership of a body for one calendar year.
 *
 * @param id membership id
 * @param bodyId the body
 * @param year the calendar year
 * @param personName the person
 * @param email their e-mail address, or {@code null}
 * @param organisationId their organisation in the directory, or {@code null}
 * @param organisationName the organisation's name (from the directory or typed)
 * @param category the category they represent, or {@code null}
 * @param role chair, secretary, member, substitute or observer
 * @param type professional or citizen
 * @param status invited, accepted, active, ended or declined
 * @param startsOn first day
 * @param endsOn last day, or {@code null} until the end of the year
 * @param charterVersion the charter version accepted, or {@code null}
 * @param renewedFrom the previous year's membership it renews, or {@code null}
 */
public record Membership(UUID id, UUID bodyId, int year, String personName, String email, UUID organisationId,
		String organisationName, String category, MembershipRole role, MemberType type, MembershipStatus status,
		LocalDate startsOn, LocalDate endsOn, String charterVersion, UUID renewedFrom) {

	/**
	 * Whether the person counts as a member on {@code date}: seated, within their dates,
	 * and not a substitute.
	 */
	public boolean countsOn(LocalDate date) {
		return this.status.seated() && this.role.countsAsMember() && !this.startsOn.isAfter(date)
				&& (this.endsOn == null || !this.endsOn.isBefore(date)) && date.getYear() == this.year;
	}

}

package brussels.maillage.care;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.DisclosureControl.Reader;

/**
 * Who sees case management's records: the members of the care-coordination team and of
 * the finance team (who pay the providers), whatever their role. Only finance sees a
 * provider's full IBAN. A coordinator or an administrator outside these teams does not
 * see the records; they see the figures through the disclosure control.
 */
public final class CareTeam {

	private CareTeam() {
	}

	/** Whether the user is a member of the care-coordination or the finance team. */
	public static boolean isMember(CurrentUser user) {
		return user != null && (user.territories().contains(TerritoryScope.CARE_COORDINATION)
				|| user.territories().contains(TerritoryScope.FINANCE));
	}

	/** Whether the user is in the finance team (sees IBANs, exports the payment list). */
	public static boolean isFinance(CurrentUser user) {
		return user != null && user.territories().contains(TerritoryScope.FINANCE);
	}

	/** How the user reads counts of people: exactly as a member, else protected. */
	public static Reader reader(CurrentUser user) {
		return isMember(user) ? Reader.OWNING_TEAM : Reader.OTHER;
	}

}

package brussels.maillage.palliative;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.DisclosureControl.Reader;

/**
 * Who sees the palliative platform's records: the members of the palliative team (the
 * team of territory {@code PALLIATIVE}), whatever their role. A coordinator or an
 * administrator outside the team does not; they see the figures through the disclosure
 * control.
 */
public final class PalliativeTeam {

	private PalliativeTeam() {
	}

	/** Whether the user is a member of the palliative team. */
	public static boolean isMember(CurrentUser user) {
		return user != null && user.territories().contains(TerritoryScope.PALLIATIVE);
	}

	/** How the user reads counts of people: exactly as a member, else protected. */
	public static Reader reader(CurrentUser user) {
		return isMember(user) ? Reader.OWNING_TEAM : Reader.OTHER;
	}

}

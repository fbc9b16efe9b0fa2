package brussels.maillage.prevention.local;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;

/**
 * The five bassins prevention officers work for, with the part of the address that names
 * each ({@code nord-est}).
 */
public enum PreventionBassin {

	NORD, NORD_EST, SUD, SUD_EST, CENTRE_OUEST;

	/** The bassin's part of an address, for example {@code nord-est}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The bassin named by an address part or a code, if it is one. */
	public static Optional<PreventionBassin> of(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String code = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(values()).filter((bassin) -> bassin.name().equals(code)).findFirst();
	}

	/**
	 * Whether this user edits the bassin's prevention work: a member of its team, or a
	 * coordinator or administrator.
	 */
	public boolean editableBy(CurrentUser user) {
		return user != null && user.worksFor(TerritoryScope.valueOf(name()));
	}

}

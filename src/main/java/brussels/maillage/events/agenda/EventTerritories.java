package brussels.maillage.events.agenda;

import java.util.List;

import brussels.maillage.identity.TerritoryScope;

/** The territories events are organised for: the region and its five bassins. */
public final class EventTerritories {

	/** The codes as a regular expression, for Bean Validation's {@code @Pattern}. */
	public static final String CODES = "REGION|NORD|NORD_EST|SUD|SUD_EST|CENTRE_OUEST";

	/** The region first, then the bassins. */
	public static final List<String> ALL = List.of(CODES.split("\\|"));

	private EventTerritories() {
	}

	/** The scope a person must work for to manage what belongs to {@code territory}. */
	public static TerritoryScope scope(String territory) {
		try {
			return TerritoryScope.valueOf(territory);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return TerritoryScope.REGION;
		}
	}

}

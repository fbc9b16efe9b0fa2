package brussels.maillage.directory;

import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * One service found, with why it stands where it does.
 *
 * @param id service id
 * @param name service name
 * @param organizationId id of the organisation providing it
 * @param organization name of the organisation providing it
 * @param description description
 * @param kind kind of entry
 * @param status whether it is open
 * @param cost what it costs
 * @param languages languages spoken
 * @param areaLevel level of its service area
 * @param proximity which level of its area covers the person's place
 * @param distanceKm distance to its closest public place, when the person's coordinates
 * are known
 * @param address its first public address, or {@code null}
 * @param synonym the synonym through which it was found ("cpas → ocmw"), or {@code null}
 * @param approximate whether it was found by similar spelling only
 * @param score the ranking score, higher first
 * @param latitude latitude of its first public address, or {@code null}
 * @param longitude longitude of its first public address, or {@code null}
 * @param partial whether it holds part of the words only (listed after the services that
 * hold enough of them, when those are fewer than a page)
 */
public record SearchHit(UUID id, LocalizedText name, UUID organizationId, String organization,
		LocalizedText description, ServiceKind kind, ServiceStatus status, Cost cost, List<String> languages,
		AreaLevel areaLevel, Proximity proximity, Double distanceKm, String address, String synonym,
		boolean approximate, double score, Double latitude, Double longitude, boolean partial) {

	public SearchHit {
		languages = List.copyOf(languages);
	}

}

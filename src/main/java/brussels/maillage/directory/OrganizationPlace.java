package brussels.maillage.directory;

import java.util.UUID;

/**
 * An organisation with the place of its first public address, for modules that place
 * organisations in the territory (the palliative platform's nursing homes per bassin).
 *
 * @param id organisation id
 * @param name its name
 * @param postcode postcode of its first public place
 * @param communeNis that place's commune
 * @param latitude its latitude, or {@code null}
 * @param longitude its longitude, or {@code null}
 */
public record OrganizationPlace(UUID id, String name, String postcode, String communeNis, Double latitude,
		Double longitude) {
}

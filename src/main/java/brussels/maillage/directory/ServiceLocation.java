package brussels.maillage.directory;

import java.util.UUID;

/**
 * A place of an organisation where services are delivered.
 *
 * @param id location id
 * @param name name of the place, or {@code null}
 * @param address street and number
 * @param postcode Brussels postcode
 * @param city city or commune name
 * @param communeNis NIS code of the commune
 * @param latitude latitude
 * @param longitude longitude
 * @param confidential whether the place must never be published (shelters, ...)
 */
public record ServiceLocation(UUID id, String name, String address, String postcode, String city, String communeNis,
		Double latitude, Double longitude, boolean confidential) {
}

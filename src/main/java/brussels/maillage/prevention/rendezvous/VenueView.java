package brussels.maillage.prevention.rendezvous;

import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceLocation;

/**
 * A venue with the directory's current record of its service and public place.
 *
 * @param venue the venue
 * @param service the service, or {@code null} when the directory no longer has it
 * @param place its first public place, or {@code null}
 */
public record VenueView(Venue venue, ServiceDetails service, ServiceLocation place) {
}
